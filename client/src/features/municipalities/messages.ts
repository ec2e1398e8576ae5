import { defineMessages } from '../../i18n';

/** The `municipalities` namespace: the home page and the public list of municipalities. */
export const municipalityMessages = defineMessages({
  bg: {
    home: {
      title: 'Добре дошли в Събор',
      lead: 'Събор е мястото, където общините питат хората за мнение — за наредби, стратегии, планове и бюджети — и отговарят на всяко предложение.',
      name: '„Събор“ значи събиране на хора: както на селския събор, всеки може да дойде и да каже думата си.',
      whatTitle: 'Какво можете да правите тук',
      whatRead: 'да четете проектите, които общината ви подлага на обществено обсъждане, заедно с мотивите към тях;',
      whatPropose: 'да коментирате и да правите предложения по целия проект или по отделен негов член;',
      whatFollow: 'да следите какво е решила общината за всяко предложение и защо;',
      whatMeet: 'да се записвате за обществени срещи и форуми и да казвате какво мислите за тях.',
      joinTitle: 'Искате да участвате?',
      join: 'Създайте профил',
      signIn: 'или влезте, ако вече имате',
    },
    list: {
      title: 'Общини в Събор',
      count_one: '{{count, number}} община',
      count_other: '{{count, number}} общини',
      empty: 'Все още няма добавени общини.',
      country: 'Държава',
      failed: 'Списъкът с общини не може да бъде зареден',
    },
  },
  en: {
    home: {
      title: 'Welcome to Sabor',
      lead: 'Sabor is where municipalities ask people what they think — about ordinances, strategies, plans and budgets — and answer every proposal.',
      name: '“Sabor” (събор) means a gathering: as at a village fair, everyone can come and have their say.',
      whatTitle: 'What you can do here',
      whatRead: 'read the drafts your municipality puts to public consultation, together with the reasons for them;',
      whatPropose: 'comment and make proposals on a whole draft or on one of its articles;',
      whatFollow: 'follow what the municipality decided about each proposal, and why;',
      whatMeet: 'sign up for public meetings and forums and say what you thought of them.',
      joinTitle: 'Want to take part?',
      join: 'Create an account',
      signIn: 'or sign in if you already have one',
    },
    list: {
      title: 'Municipalities on Sabor',
      count_one: '{{count, number}} municipality',
      count_other: '{{count, number}} municipalities',
      empty: 'No municipalities have been added yet.',
      country: 'Country',
      failed: 'The list of municipalities could not be loaded',
    },
  },
  mk: {
    home: {
      title: 'Добредојдовте во Собор',
      lead: 'Собор е местото каде што општините ги прашуваат луѓето за мислење — за одлуки, стратегии, планови и буџети — и одговараат на секој предлог.',
      name: '„Собор“ значи собирање на луѓе: како на селскиот собор, секој може да дојде и да го каже својот збор.',
      whatTitle: 'Што можете да правите тука',
      whatRead: 'да ги читате нацртите што вашата општина ги става на јавна консултација, заедно со нивното образложение;',
      whatPropose: 'да коментирате и да давате предлози за целиот нацрт или за одделен член;',
      whatFollow: 'да следите што одлучила општината за секој предлог и зошто;',
      whatMeet: 'да се пријавувате за јавни средби и форуми и да кажете што мислите за нив.',
      joinTitle: 'Сакате да учествувате?',
      join: 'Отворете профил',
      signIn: 'или најавете се ако веќе имате',
    },
    list: {
      title: 'Општини во Собор',
      count_one: '{{count, number}} општина',
      count_other: '{{count, number}} општини',
      empty: 'Сè уште нема додадени општини.',
      country: 'Држава',
      failed: 'Списокот со општини не може да се вчита',
    },
  },
});
