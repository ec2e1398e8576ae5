import { useMunicipality } from '../../../api/municipalities';
import { useLocalize } from './useLocalize';

/** A municipality's name in the page language, from its slug (the answer is cached). */
export function MunicipalityName({ slug }: { slug: string }) {
  const { data } = useMunicipality(slug);
  const localize = useLocalize();
  if (!data) return <>{slug}</>;
  const name = localize(data.name, data.defaultLocale);
  return <span lang={name.lang}>{name.text}</span>;
}
