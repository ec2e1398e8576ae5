import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Municipality } from '../municipalities/municipality.entity';

/** A person who wants an e-mail when the municipality opens a consultation. */
@Entity('municipality_follows')
export class MunicipalityFollow {
  @PrimaryColumn('uuid')
  userId: string;

  @Index()
  @PrimaryColumn('uuid')
  municipalityId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality?: Municipality;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
