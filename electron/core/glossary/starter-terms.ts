import type { SubjectField, TermStatus } from '../../../shared/contract';

/*
 * The starter glossary: common Canadian (mostly Ontario) social-service terms, written for
 * Roundtable in plain language, in both languages. French names are the official ones where they
 * are well established (Ontario au travail, POSPH, LPRPS, CLI…); where no official French name is
 * settled, the French term is a plain description rather than an invented acronym.
 *
 * Keys are stable forever: the database remembers which concepts came from here by them, so a
 * later version can add entries but must never rename or reuse a key.
 */

export interface StarterSide {
  term: string;
  abbreviations?: string[];
  synonyms?: string[];
  definition: string;
  note?: string;
}

export interface StarterTerm {
  key: string;
  subject: SubjectField;
  status?: TermStatus;
  /** For a deprecated entry: the key of the entry to use instead. */
  preferred?: string;
  /** Keys of related entries (the links go both ways). */
  seeAlso?: string[];
  en: StarterSide;
  fr: StarterSide;
}

export const STARTER_TERMS: readonly StarterTerm[] = [
  /* ------------------------------------------------------------ housing */
  {
    key: 'housing-first',
    subject: 'housing',
    seeAlso: ['coordinated-access', 'chronic-homelessness', 'supportive-housing'],
    en: {
      term: 'Housing First',
      definition:
        'An approach that helps people experiencing homelessness move quickly into permanent housing, without first requiring them to be “housing ready” (for example sober or in treatment), and then offers the supports they choose.',
      note: 'Often used for teams that serve people with chronic homelessness and high needs.',
    },
    fr: {
      term: 'Logement d’abord',
      definition:
        'Approche qui aide les personnes en situation d’itinérance à accéder rapidement à un logement permanent, sans exiger qu’elles soient d’abord « prêtes » (par exemple sobres ou en traitement), puis leur offre les soutiens qu’elles choisissent.',
      note: 'Désigne souvent les équipes qui servent des personnes en situation d’itinérance chronique aux besoins élevés.',
    },
  },
  {
    key: 'homelessness',
    subject: 'housing',
    seeAlso: ['chronic-homelessness'],
    en: {
      term: 'homelessness',
      definition:
        'The situation of a person or family without stable, safe, permanent and appropriate housing, or the immediate prospect, means and ability to get it. It includes people who are unsheltered, in emergency shelters, provisionally accommodated (couch surfing, hospital, jail) and at risk of homelessness.',
    },
    fr: {
      term: 'itinérance',
      definition:
        'Situation d’une personne ou d’une famille qui n’a pas de logement stable, sécuritaire, permanent et adéquat, ni la perspective, les moyens ou la capacité immédiate d’en obtenir un. Elle comprend les personnes sans abri, hébergées en refuge d’urgence, logées provisoirement (chez des proches, à l’hôpital, en détention) et à risque d’itinérance.',
    },
  },
  {
    key: 'chronic-homelessness',
    subject: 'housing',
    en: {
      term: 'chronic homelessness',
      definition:
        'Under Canada’s Reaching Home program: a person currently homeless who has been homeless for at least 6 months (180 days) in the past year, or for at least 18 months (546 days) in total over the past three years.',
    },
    fr: {
      term: 'itinérance chronique',
      definition:
        'Selon le programme fédéral Vers un chez-soi : personne actuellement en situation d’itinérance qui l’a été au moins 6 mois (180 jours) au cours de la dernière année, ou au moins 18 mois (546 jours) au total au cours des trois dernières années.',
    },
  },
  {
    key: 'coordinated-access',
    subject: 'housing',
    seeAlso: ['by-name-list', 'reaching-home'],
    en: {
      term: 'coordinated access',
      definition:
        'A community-wide process in which people experiencing homelessness can ask for help at any participating door, are assessed the same way, and are matched to housing and supports according to shared priority rules.',
    },
    fr: {
      term: 'accès coordonné',
      definition:
        'Processus à l’échelle de la collectivité par lequel les personnes en situation d’itinérance peuvent demander de l’aide à n’importe quel point d’accès participant, sont évaluées de la même façon et sont jumelées à un logement et à des soutiens selon des règles de priorité communes.',
    },
  },
  {
    key: 'by-name-list',
    subject: 'housing',
    en: {
      term: 'By-Name List',
      abbreviations: ['BNL'],
      definition:
        'A real-time list of everyone known to be experiencing homelessness in a community, kept with their consent, with the information needed to understand their needs, prioritize them and match them to housing.',
    },
    fr: {
      term: 'liste nominative',
      definition:
        'Liste en temps réel de toutes les personnes connues en situation d’itinérance dans une collectivité, tenue avec leur consentement, contenant l’information nécessaire pour comprendre leurs besoins, établir les priorités et les jumeler à un logement.',
    },
  },
  {
    key: 'reaching-home',
    subject: 'housing',
    en: {
      term: 'Reaching Home',
      synonyms: ['Reaching Home: Canada’s Homelessness Strategy'],
      definition:
        'The federal homelessness program, which funds communities to prevent and reduce homelessness and asks them to use coordinated access and a By-Name List.',
    },
    fr: {
      term: 'Vers un chez-soi',
      synonyms: ['Vers un chez-soi : la stratégie canadienne de lutte contre l’itinérance'],
      definition:
        'Programme fédéral de lutte contre l’itinérance, qui finance les collectivités pour prévenir et réduire l’itinérance et leur demande d’utiliser l’accès coordonné et une liste nominative.',
    },
  },
  {
    key: 'hpp',
    subject: 'housing',
    seeAlso: ['service-manager'],
    en: {
      term: 'Homelessness Prevention Program',
      abbreviations: ['HPP'],
      definition:
        'Ontario’s main homelessness funding to Service Managers, introduced in 2022 by combining earlier programs. It pays for prevention, emergency shelter, supportive housing and help to find and keep housing.',
    },
    fr: {
      term: 'Programme de prévention de l’itinérance',
      definition:
        'Principal financement de l’Ontario aux gestionnaires de services pour lutter contre l’itinérance, créé en 2022 en regroupant des programmes antérieurs. Il finance la prévention, les refuges d’urgence, le logement avec services de soutien et l’aide pour trouver et garder un logement.',
    },
  },
  {
    key: 'chpi',
    subject: 'housing',
    status: 'deprecated',
    preferred: 'hpp',
    en: {
      term: 'Community Homelessness Prevention Initiative',
      abbreviations: ['CHPI'],
      definition:
        'Former Ontario homelessness funding program for Service Managers, folded into the Homelessness Prevention Program in 2022.',
    },
    fr: {
      term: 'Initiative de prévention de l’itinérance dans les collectivités',
      definition:
        'Ancien programme ontarien de financement de la lutte contre l’itinérance destiné aux gestionnaires de services, intégré au Programme de prévention de l’itinérance en 2022.',
    },
  },
  {
    key: 'emergency-shelter',
    subject: 'housing',
    en: {
      term: 'emergency shelter',
      definition:
        'Short-term accommodation for people experiencing homelessness, usually with meals, a place to sleep and help finding housing.',
    },
    fr: {
      term: 'refuge d’urgence',
      synonyms: ['centre d’hébergement d’urgence'],
      definition:
        'Hébergement de courte durée pour les personnes en situation d’itinérance, offrant habituellement des repas, un lit et de l’aide pour trouver un logement.',
    },
  },
  {
    key: 'vaw-shelter',
    subject: 'housing',
    en: {
      term: 'violence against women shelter',
      abbreviations: ['VAW shelter'],
      synonyms: ['women’s shelter'],
      definition:
        'A shelter offering safe, confidential emergency housing, counselling and support to women, and their children, leaving abuse.',
    },
    fr: {
      term: 'maison d’hébergement pour femmes victimes de violence',
      synonyms: ['maison d’hébergement'],
      definition:
        'Hébergement d’urgence sécuritaire et confidentiel offrant counseling et soutien aux femmes, et à leurs enfants, qui quittent une situation de violence.',
    },
  },
  {
    key: 'transitional-housing',
    subject: 'housing',
    en: {
      term: 'transitional housing',
      definition:
        'Time-limited housing with supports, between emergency shelter and permanent housing, usually for a few months up to a few years.',
    },
    fr: {
      term: 'logement de transition',
      synonyms: ['logement transitoire'],
      definition:
        'Logement temporaire avec soutien, entre le refuge d’urgence et le logement permanent, habituellement de quelques mois à quelques années.',
    },
  },
  {
    key: 'supportive-housing',
    subject: 'housing',
    en: {
      term: 'supportive housing',
      definition:
        'Affordable, permanent housing combined with on-site or visiting supports (for example mental health, addiction or daily-living help) for people who need them to live independently.',
    },
    fr: {
      term: 'logement avec services de soutien',
      definition:
        'Logement abordable et permanent jumelé à des soutiens sur place ou à domicile (par exemple en santé mentale, en dépendances ou pour la vie quotidienne) pour les personnes qui en ont besoin pour vivre de façon autonome.',
    },
  },
  {
    key: 'community-housing',
    subject: 'housing',
    seeAlso: ['rgi'],
    en: {
      term: 'community housing',
      synonyms: ['social housing'],
      definition:
        'Housing owned and run by non-profit organizations, housing co-operatives or municipal housing corporations, with rent geared to income or below market rent.',
    },
    fr: {
      term: 'logement communautaire',
      synonyms: ['logement social'],
      definition:
        'Logements appartenant à des organismes sans but lucratif, à des coopératives d’habitation ou à des sociétés municipales de logement et gérés par eux, dont le loyer est indexé sur le revenu ou inférieur au marché.',
    },
  },
  {
    key: 'rgi',
    subject: 'housing',
    en: {
      term: 'rent-geared-to-income',
      abbreviations: ['RGI'],
      definition:
        'Subsidized rent set according to household income, generally about 30% of gross monthly income, or a set amount for households on social assistance.',
      note: 'In Ontario, Service Managers keep the waiting list for RGI housing.',
    },
    fr: {
      term: 'loyer indexé sur le revenu',
      abbreviations: ['LIR'],
      definition:
        'Loyer subventionné établi selon le revenu du ménage, généralement environ 30 % du revenu mensuel brut, ou un montant fixe pour les ménages qui reçoivent de l’aide sociale.',
      note: 'En Ontario, les gestionnaires de services tiennent la liste d’attente des logements à loyer indexé sur le revenu.',
    },
  },
  {
    key: 'ltb',
    subject: 'housing',
    seeAlso: ['eviction-prevention'],
    en: {
      term: 'Landlord and Tenant Board',
      abbreviations: ['LTB'],
      definition:
        'The Ontario tribunal that resolves disputes between residential landlords and tenants, such as evictions, rent arrears and repairs, and gives information about their rights and duties.',
    },
    fr: {
      term: 'Commission de la location immobilière',
      abbreviations: ['CLI'],
      definition:
        'Tribunal ontarien qui règle les différends entre locateurs et locataires de logements, comme les expulsions, les arriérés de loyer et les réparations, et qui informe les deux parties de leurs droits et obligations.',
    },
  },
  {
    key: 'eviction-prevention',
    subject: 'housing',
    en: {
      term: 'eviction prevention',
      definition:
        'Help for tenants at risk of losing their home: emergency funds for rent arrears or utilities, mediation with the landlord, and legal help at the Landlord and Tenant Board.',
    },
    fr: {
      term: 'prévention des expulsions',
      definition:
        'Aide aux locataires qui risquent de perdre leur logement : fonds d’urgence pour les arriérés de loyer ou de services publics, médiation avec le locateur et aide juridique devant la Commission de la location immobilière.',
    },
  },

  /* ----------------------------------------- service system and governance */
  {
    key: 'service-manager',
    subject: 'governance',
    seeAlso: ['cmsm', 'dssab'],
    en: {
      term: 'Service Manager',
      definition:
        'In Ontario, the local body responsible for social and community services in an area: Ontario Works, child care, community housing and homelessness programs. There are 47: Consolidated Municipal Service Managers in the south and District Social Services Administration Boards in the north.',
    },
    fr: {
      term: 'gestionnaire de services',
      definition:
        'En Ontario, organisme local responsable des services sociaux et communautaires d’une région : Ontario au travail, services de garde d’enfants, logement communautaire et programmes de lutte contre l’itinérance. Il y en a 47 : les gestionnaires des services municipaux regroupés dans le sud et les conseils d’administration de district des services sociaux dans le nord.',
    },
  },
  {
    key: 'cmsm',
    subject: 'governance',
    en: {
      term: 'Consolidated Municipal Service Manager',
      abbreviations: ['CMSM'],
      definition:
        'In southern Ontario, the municipality (a city, a region or a county) designated by the province to plan and deliver Ontario Works, child care, community housing and homelessness programs in its area.',
    },
    fr: {
      term: 'gestionnaire des services municipaux regroupés',
      abbreviations: ['GSMR'],
      definition:
        'Dans le sud de l’Ontario, municipalité (ville, région ou comté) désignée par la province pour planifier et offrir Ontario au travail, les services de garde d’enfants, le logement communautaire et les programmes de lutte contre l’itinérance dans sa région.',
    },
  },
  {
    key: 'dssab',
    subject: 'governance',
    en: {
      term: 'District Social Services Administration Board',
      abbreviations: ['DSSAB'],
      definition:
        'In northern Ontario, the board (made up of representatives of the district’s municipalities) that plans and delivers Ontario Works, child care, community housing and homelessness programs in its district.',
    },
    fr: {
      term: 'conseil d’administration de district des services sociaux',
      abbreviations: ['CADSS'],
      definition:
        'Dans le nord de l’Ontario, conseil formé de représentants des municipalités du district qui planifie et offre Ontario au travail, les services de garde d’enfants, le logement communautaire et les programmes de lutte contre l’itinérance dans son district.',
    },
  },
  {
    key: 'situation-table',
    subject: 'justice',
    seeAlso: ['cswb-plan'],
    en: {
      term: 'situation table',
      synonyms: ['risk-driven table', 'Hub'],
      definition:
        'A regular meeting of front-line agencies (police, health, social services, schools…) that identifies people or families facing acutely elevated risk of harm and, within a day or two, organizes a joint response, sharing only the minimum information needed.',
    },
    fr: {
      term: 'table de concertation sur les situations à risque élevé',
      synonyms: ['table de situation'],
      definition:
        'Rencontre régulière d’organismes de première ligne (police, santé, services sociaux, écoles…) qui repère les personnes ou les familles exposées à un risque très élevé de préjudice et organise, en un jour ou deux, une intervention commune, en ne partageant que l’information strictement nécessaire.',
    },
  },
  {
    key: 'cswb-plan',
    subject: 'governance',
    en: {
      term: 'community safety and well-being plan',
      abbreviations: ['CSWB plan'],
      definition:
        'A plan every Ontario municipality must prepare with police, health, social service and other partners to identify local risks (such as addiction, housing or mental health) and act on them together, with an emphasis on prevention.',
    },
    fr: {
      term: 'plan de sécurité et de bien-être dans la collectivité',
      definition:
        'Plan que chaque municipalité de l’Ontario doit préparer avec la police, la santé, les services sociaux et d’autres partenaires pour cerner les risques locaux (comme les dépendances, le logement ou la santé mentale) et agir ensemble, en misant sur la prévention.',
    },
  },
  {
    key: 'flsa',
    subject: 'governance',
    seeAlso: ['active-offer'],
    en: {
      term: 'French Language Services Act',
      abbreviations: ['FLSA'],
      definition:
        'Ontario law that guarantees the right to receive services in French from provincial ministries and agencies in designated areas, and from agencies designated under the Act.',
    },
    fr: {
      term: 'Loi sur les services en français',
      abbreviations: ['LSF'],
      definition:
        'Loi ontarienne qui garantit le droit de recevoir des services en français des ministères et organismes provinciaux dans les régions désignées, ainsi que des organismes désignés en vertu de la Loi.',
    },
  },
  {
    key: 'active-offer',
    subject: 'governance',
    en: {
      term: 'active offer',
      synonyms: ['active offer of French-language services'],
      definition:
        'Making services in French visible and easy to get from the first contact (for example answering “Hello, bonjour” and displaying signs), rather than waiting for people to ask.',
    },
    fr: {
      term: 'offre active',
      synonyms: ['offre active de services en français'],
      definition:
        'Fait de rendre les services en français visibles et faciles à obtenir dès le premier contact (par exemple en répondant « Hello, bonjour » et en affichant l’offre), plutôt que d’attendre qu’on les demande.',
    },
  },
  {
    key: 'mfippa',
    subject: 'governance',
    seeAlso: ['phipa'],
    en: {
      term: 'Municipal Freedom of Information and Protection of Privacy Act',
      abbreviations: ['MFIPPA'],
      definition:
        'Ontario law that gives people the right to request records held by municipalities and local boards (including many Service Managers and police services boards) and sets rules for how these bodies handle personal information.',
    },
    fr: {
      term: 'Loi sur l’accès à l’information municipale et la protection de la vie privée',
      abbreviations: ['LAIMPVP'],
      definition:
        'Loi ontarienne qui donne le droit de demander les documents détenus par les municipalités et les conseils locaux (dont de nombreux gestionnaires de services et commissions de services policiers) et qui fixe les règles de traitement des renseignements personnels par ces organismes.',
    },
  },

  /* ------------------------------------------------ income and employment */
  {
    key: 'social-assistance',
    subject: 'income_support',
    seeAlso: ['ontario-works', 'odsp'],
    en: {
      term: 'social assistance',
      synonyms: ['welfare'],
      definition:
        'Income support of last resort for people in financial need. In Ontario it consists of Ontario Works and the Ontario Disability Support Program.',
      note: '“Welfare” is still heard but is considered stigmatizing.',
    },
    fr: {
      term: 'aide sociale',
      definition:
        'Soutien du revenu de dernier recours pour les personnes dans le besoin. En Ontario, elle comprend Ontario au travail et le Programme ontarien de soutien aux personnes handicapées.',
    },
  },
  {
    key: 'ontario-works',
    subject: 'income_support',
    seeAlso: ['odsp', 'service-manager'],
    en: {
      term: 'Ontario Works',
      abbreviations: ['OW'],
      definition:
        'Ontario’s social assistance program for people in financial need: monthly money for basic needs and shelter, health benefits, and help to find a job. It is delivered by Service Managers and some First Nations.',
    },
    fr: {
      term: 'Ontario au travail',
      abbreviations: ['OT'],
      definition:
        'Programme d’aide sociale de l’Ontario pour les personnes dans le besoin : montant mensuel pour les besoins essentiels et le logement, prestations de santé et aide pour trouver un emploi. Il est offert par les gestionnaires de services et certaines Premières Nations.',
    },
  },
  {
    key: 'odsp',
    subject: 'income_support',
    en: {
      term: 'Ontario Disability Support Program',
      abbreviations: ['ODSP'],
      definition:
        'Provincial program that provides income support and health benefits to eligible adults with disabilities in financial need, and employment supports to help people with disabilities find and keep a job.',
    },
    fr: {
      term: 'Programme ontarien de soutien aux personnes handicapées',
      abbreviations: ['POSPH'],
      definition:
        'Programme provincial qui offre un soutien du revenu et des prestations de santé aux adultes handicapés admissibles qui sont dans le besoin, ainsi que des services d’emploi pour aider les personnes handicapées à trouver et à garder un emploi.',
    },
  },
  {
    key: 'employment-ontario',
    subject: 'employment',
    seeAlso: ['lbs'],
    en: {
      term: 'Employment Ontario',
      abbreviations: ['EO'],
      definition:
        'Ontario’s network of employment and training services (job search help, apprenticeship, Literacy and Basic Skills and other training), delivered by community agencies, colleges and others with provincial funding.',
    },
    fr: {
      term: 'Emploi Ontario',
      definition:
        'Réseau ontarien de services d’emploi et de formation (aide à la recherche d’emploi, apprentissage, Alphabétisation et formation de base et autres formations), offerts par des organismes communautaires, des collèges et d’autres fournisseurs financés par la province.',
    },
  },
  {
    key: 'lbs',
    subject: 'education',
    en: {
      term: 'Literacy and Basic Skills',
      abbreviations: ['LBS'],
      definition:
        'An Employment Ontario program that helps adults improve reading, writing, math, digital and other essential skills to reach a goal: a job, further education or training, an apprenticeship or more independence.',
      note: 'Free for learners; offered in English, in French and for Deaf and Indigenous learners.',
    },
    fr: {
      term: 'Alphabétisation et formation de base',
      abbreviations: ['AFB'],
      definition:
        'Programme d’Emploi Ontario qui aide les adultes à améliorer la lecture, l’écriture, le calcul, les compétences numériques et d’autres compétences essentielles pour atteindre un but : un emploi, des études ou une formation, un apprentissage ou plus d’autonomie.',
      note: 'Gratuit pour les apprenants; offert en anglais, en français et aux apprenants sourds et autochtones.',
    },
  },

  /* -------------------------------------------------------- practice */
  {
    key: 'case-management',
    subject: 'general',
    seeAlso: ['wraparound', 'intake', 'referral'],
    en: {
      term: 'case management',
      definition:
        'A coordinated process in which a worker assesses a person’s needs, plans services with them, connects them to those services, follows their progress and advocates for them.',
    },
    fr: {
      term: 'gestion de cas',
      synonyms: ['coordination de services'],
      definition:
        'Processus coordonné par lequel une intervenante ou un intervenant évalue les besoins d’une personne, planifie les services avec elle, la met en lien avec ces services, suit ses progrès et défend ses intérêts.',
    },
  },
  {
    key: 'intake',
    subject: 'general',
    en: {
      term: 'intake',
      definition:
        'The first contact with a service, in which it gathers basic information, checks eligibility and urgency, and decides which of its services fits or where to refer the person.',
    },
    fr: {
      term: 'accueil',
      synonyms: ['accueil et évaluation'],
      definition:
        'Premier contact avec un service, au cours duquel il recueille l’information de base, vérifie l’admissibilité et l’urgence, et détermine lequel de ses services convient ou vers qui orienter la personne.',
    },
  },
  {
    key: 'referral',
    subject: 'general',
    en: {
      term: 'referral',
      definition:
        'Connecting a person to another service, with their consent, usually passing on the information they agree to share.',
      note: 'A “warm” referral introduces the person directly (in person or by phone) instead of handing over a phone number.',
    },
    fr: {
      term: 'orientation',
      synonyms: ['aiguillage'],
      definition:
        'Fait de diriger une personne vers un autre service, avec son consentement, en transmettant habituellement l’information qu’elle accepte de communiquer.',
      note: 'Dans une orientation accompagnée, l’intervenant présente directement la personne (en personne ou au téléphone) plutôt que de lui donner un numéro.',
    },
  },
  {
    key: 'wraparound',
    subject: 'child_family',
    en: {
      term: 'wraparound',
      synonyms: ['wraparound approach'],
      definition:
        'A team-based planning process in which a person or family, their natural supports and the services involved build one plan together, based on the family’s strengths and goals, instead of each agency working separately.',
    },
    fr: {
      term: 'approche enveloppante',
      synonyms: ['wraparound'],
      definition:
        'Processus de planification en équipe par lequel une personne ou une famille, son entourage et les services concernés bâtissent ensemble un seul plan, fondé sur les forces et les objectifs de la famille, au lieu que chaque organisme travaille de son côté.',
    },
  },
  {
    key: 'trauma-informed-care',
    subject: 'general',
    en: {
      term: 'trauma-informed care',
      synonyms: ['trauma-informed practice', 'trauma-informed approach'],
      definition:
        'A way of delivering services that recognizes how common trauma is and how it affects people, and that puts safety, choice, collaboration, trust and empowerment first so as not to retraumatize people.',
    },
    fr: {
      term: 'soins tenant compte des traumatismes',
      synonyms: [
        'approche tenant compte des traumatismes',
        'pratique tenant compte des traumatismes',
      ],
      definition:
        'Façon d’offrir les services qui reconnaît à quel point les traumatismes sont fréquents et comment ils touchent les personnes, et qui met au premier plan la sécurité, le choix, la collaboration, la confiance et l’autonomisation afin de ne pas traumatiser de nouveau.',
    },
  },
  {
    key: 'harm-reduction',
    subject: 'substance_use',
    seeAlso: ['naloxone', 'supervised-consumption'],
    en: {
      term: 'harm reduction',
      definition:
        'Policies, programs and practices that reduce the health, social and legal harms of substance use without requiring people to stop using, for example naloxone, supervised consumption and safer-use supplies.',
    },
    fr: {
      term: 'réduction des méfaits',
      definition:
        'Politiques, programmes et pratiques qui réduisent les méfaits sanitaires, sociaux et juridiques de la consommation de substances sans exiger que la personne cesse de consommer, par exemple la naloxone, la consommation supervisée et le matériel de consommation plus sécuritaire.',
    },
  },
  {
    key: 'low-barrier',
    subject: 'general',
    en: {
      term: 'low-barrier service',
      definition:
        'A service with as few conditions for access as possible (no ID, sobriety, appointment or fixed address required), designed to reach people who are often excluded from other services.',
    },
    fr: {
      term: 'service à bas seuil d’accessibilité',
      synonyms: ['service à bas seuil'],
      definition:
        'Service qui pose le moins de conditions d’accès possible (aucune pièce d’identité, sobriété, rendez-vous ou adresse fixe exigés), conçu pour joindre les personnes souvent exclues des autres services.',
    },
  },
  {
    key: 'discharge-planning',
    subject: 'health',
    en: {
      term: 'discharge planning',
      definition:
        'Planning, begun early in a stay in hospital, jail or treatment, for where a person will live and what supports they will need when they leave, so that nobody is discharged into homelessness.',
    },
    fr: {
      term: 'planification du congé',
      synonyms: ['planification de la sortie'],
      definition:
        'Planification, commencée tôt pendant un séjour à l’hôpital, en détention ou en traitement, de l’endroit où la personne vivra et des soutiens dont elle aura besoin à sa sortie, pour que personne ne se retrouve à la rue en sortant.',
    },
  },
  {
    key: 'safety-plan',
    subject: 'general',
    en: {
      term: 'safety plan',
      definition:
        'A written plan made with a person at risk (of violence, suicide or overdose) that lists warning signs, what they can do to cope, people and services to contact, and how to get to safety.',
    },
    fr: {
      term: 'plan de sécurité',
      definition:
        'Plan écrit, préparé avec une personne à risque (de violence, de suicide ou de surdose), qui énumère les signes avant-coureurs, les moyens de faire face, les personnes et les services à joindre et la façon de se mettre en sécurité.',
    },
  },
  {
    key: 'peer-support',
    subject: 'mental_health',
    en: {
      term: 'peer support',
      definition:
        'Help offered by someone with lived experience of the same challenges (such as mental illness, substance use or homelessness), based on mutual respect and shared experience.',
    },
    fr: {
      term: 'soutien par les pairs',
      synonyms: ['pair-aidance'],
      definition:
        'Aide offerte par une personne qui a vécu les mêmes difficultés (comme la maladie mentale, la consommation de substances ou l’itinérance), fondée sur le respect mutuel et l’expérience partagée.',
    },
  },
  {
    key: 'lived-experience',
    subject: 'general',
    en: {
      term: 'lived experience',
      definition:
        'Knowledge that comes from having personally lived through an issue such as homelessness, poverty, mental illness or substance use. People with lived experience are increasingly involved in designing and evaluating services.',
    },
    fr: {
      term: 'savoir expérientiel',
      synonyms: ['expérience vécue'],
      definition:
        'Connaissances qui viennent du fait d’avoir vécu soi-même une situation comme l’itinérance, la pauvreté, la maladie mentale ou la consommation de substances. Les personnes qui ont ce savoir participent de plus en plus à la conception et à l’évaluation des services.',
    },
  },

  /* ---------------------------------------------------- consent and privacy */
  {
    key: 'informed-consent',
    subject: 'general',
    seeAlso: ['substitute-decision-maker', 'phipa'],
    en: {
      term: 'informed consent',
      definition:
        'Agreement a person gives freely, when capable, after being told in terms they understand what will happen, why, the risks and the alternatives, and that they may refuse or withdraw it at any time.',
      note: 'For sharing information between agencies, consent should say what is shared, with whom and for what purpose.',
    },
    fr: {
      term: 'consentement éclairé',
      definition:
        'Accord donné librement par une personne capable, après avoir été informée, en des termes qu’elle comprend, de ce qui se passera, pourquoi, des risques et des solutions de rechange, et du fait qu’elle peut refuser ou retirer son accord en tout temps.',
      note: 'Pour l’échange d’information entre organismes, le consentement devrait préciser ce qui est communiqué, à qui et dans quel but.',
    },
  },
  {
    key: 'substitute-decision-maker',
    subject: 'health',
    en: {
      term: 'substitute decision-maker',
      abbreviations: ['SDM'],
      definition:
        'A person authorized by law to make decisions (about treatment or personal information, for example) for someone who is not mentally capable of making them, such as a guardian, an attorney for personal care, a spouse or a family member, in an order set by law.',
    },
    fr: {
      term: 'mandataire spécial',
      definition:
        'Personne autorisée par la loi à prendre des décisions (sur un traitement ou des renseignements personnels, par exemple) pour quelqu’un qui n’est pas mentalement capable de les prendre, comme un tuteur, un procureur au soin de la personne, un conjoint ou un membre de la famille, selon un ordre fixé par la loi.',
    },
  },
  {
    key: 'phipa',
    subject: 'health',
    seeAlso: ['circle-of-care'],
    en: {
      term: 'Personal Health Information Protection Act',
      abbreviations: ['PHIPA'],
      definition:
        'Ontario law (2004) setting the rules for how health information custodians, such as hospitals, doctors and community health centres, collect, use and disclose personal health information, and giving people the right to see and correct their records.',
    },
    fr: {
      term: 'Loi sur la protection des renseignements personnels sur la santé',
      abbreviations: ['LPRPS'],
      definition:
        'Loi ontarienne (2004) qui fixe les règles de collecte, d’utilisation et de divulgation des renseignements personnels sur la santé par les dépositaires, comme les hôpitaux, les médecins et les centres de santé communautaire, et qui donne aux personnes le droit de consulter et de faire corriger leur dossier.',
    },
  },
  {
    key: 'circle-of-care',
    subject: 'health',
    en: {
      term: 'circle of care',
      definition:
        'Under PHIPA, the health information custodians (and their staff) who provide health care to a person and may rely on implied consent to share the information needed for that care. Social service agencies that are not custodians are outside it: sharing with them needs express consent.',
    },
    fr: {
      term: 'cercle de soins',
      definition:
        'Selon la LPRPS, dépositaires de renseignements sur la santé (et leur personnel) qui fournissent des soins à une personne et peuvent se fonder sur son consentement implicite pour échanger l’information nécessaire à ces soins. Les organismes de services sociaux qui ne sont pas dépositaires n’en font pas partie : leur communiquer de l’information exige un consentement exprès.',
    },
  },

  /* ----------------------------------------------------------- health */
  {
    key: 'ontario-health-athome',
    subject: 'health',
    seeAlso: ['discharge-planning'],
    en: {
      term: 'Ontario Health atHome',
      definition:
        'The provincial organization (part of Ontario Health) that arranges home and community care, such as nursing, personal support and therapy at home, handles placement in long-term care homes, and coordinates care for people leaving hospital.',
      note: 'Created in 2024 from the 14 Home and Community Care Support Services organizations.',
    },
    fr: {
      term: 'Santé à domicile Ontario',
      definition:
        'Organisme provincial (faisant partie de Santé Ontario) qui organise les soins à domicile et en milieu communautaire, comme les soins infirmiers, les services de soutien à la personne et la thérapie à domicile, gère le placement en foyer de soins de longue durée et coordonne les soins des personnes qui quittent l’hôpital.',
      note: 'Créé en 2024 à partir des 14 organismes de Services de soutien à domicile et en milieu communautaire.',
    },
  },
  {
    key: 'lhin',
    subject: 'health',
    status: 'deprecated',
    preferred: 'ontario-health-athome',
    en: {
      term: 'Local Health Integration Network',
      abbreviations: ['LHIN'],
      definition:
        'Former regional health bodies (2006–2021) that planned and funded local health services and, from 2017, arranged home care. Home care went to Home and Community Care Support Services, now Ontario Health atHome.',
    },
    fr: {
      term: 'réseau local d’intégration des services de santé',
      abbreviations: ['RLISS'],
      definition:
        'Anciens organismes régionaux de santé (2006-2021) qui planifiaient et finançaient les services de santé locaux et, à partir de 2017, organisaient les soins à domicile. Les soins à domicile sont passés aux Services de soutien à domicile et en milieu communautaire, aujourd’hui Santé à domicile Ontario.',
    },
  },
  {
    key: 'hccss',
    subject: 'health',
    status: 'deprecated',
    preferred: 'ontario-health-athome',
    en: {
      term: 'Home and Community Care Support Services',
      abbreviations: ['HCCSS'],
      definition:
        'The name of Ontario’s regional home care organizations from 2021 to 2024, before they became Ontario Health atHome.',
    },
    fr: {
      term: 'Services de soutien à domicile et en milieu communautaire',
      definition:
        'Nom des organismes régionaux de soins à domicile de l’Ontario de 2021 à 2024, avant qu’ils deviennent Santé à domicile Ontario.',
    },
  },
  {
    key: 'ccac',
    subject: 'health',
    status: 'deprecated',
    preferred: 'ontario-health-athome',
    en: {
      term: 'Community Care Access Centre',
      abbreviations: ['CCAC'],
      definition:
        'Former regional home care and long-term care placement agencies in Ontario, merged into the Local Health Integration Networks in 2017.',
    },
    fr: {
      term: 'centre d’accès aux soins communautaires',
      abbreviations: ['CASC'],
      definition:
        'Anciens organismes régionaux de soins à domicile et de placement en soins de longue durée en Ontario, intégrés aux réseaux locaux d’intégration des services de santé en 2017.',
    },
  },
  {
    key: 'chc',
    subject: 'health',
    en: {
      term: 'community health centre',
      abbreviations: ['CHC'],
      definition:
        'A non-profit, community-governed primary care organization where doctors, nurse practitioners and other providers work alongside health promotion and social services, with a focus on people who face barriers to care.',
    },
    fr: {
      term: 'centre de santé communautaire',
      abbreviations: ['CSC'],
      definition:
        'Organisme de soins primaires sans but lucratif, dirigé par la communauté, où médecins, infirmières praticiennes et autres intervenants travaillent avec des services de promotion de la santé et des services sociaux, en particulier pour les personnes qui ont du mal à obtenir des soins.',
    },
  },
  {
    key: 'ohip',
    subject: 'health',
    en: {
      term: 'Ontario Health Insurance Plan',
      abbreviations: ['OHIP'],
      definition:
        'Ontario’s public health insurance, which pays for medically necessary doctor and hospital services for eligible residents with a health card.',
    },
    fr: {
      term: 'Régime d’assurance-santé de l’Ontario',
      abbreviations: ['RASO'],
      definition:
        'Régime public d’assurance-santé de l’Ontario, qui paie les services médicaux et hospitaliers médicalement nécessaires des résidents admissibles titulaires d’une carte Santé.',
    },
  },
  {
    key: 'cmha',
    subject: 'mental_health',
    en: {
      term: 'Canadian Mental Health Association',
      abbreviations: ['CMHA'],
      definition:
        'A national community mental health organization whose local branches offer services such as case management, crisis support, housing, peer support and court support.',
    },
    fr: {
      term: 'Association canadienne pour la santé mentale',
      abbreviations: ['ACSM'],
      definition:
        'Organisme national de santé mentale communautaire dont les filiales locales offrent des services comme la gestion de cas, l’intervention en situation de crise, le logement, le soutien par les pairs et le soutien judiciaire.',
    },
  },
  {
    key: 'mobile-crisis-team',
    subject: 'mental_health',
    en: {
      term: 'mobile crisis team',
      synonyms: ['crisis outreach team'],
      definition:
        'A team that goes to a person in a mental health or addiction crisis, in the community, to assess the situation, calm it, and connect the person to care, to avoid an emergency room visit or an arrest when possible. Some teams pair a mental health worker with a police officer.',
      note: 'Local names and acronyms vary from one community to another.',
    },
    fr: {
      term: 'équipe mobile d’intervention en situation de crise',
      synonyms: ['équipe mobile de crise'],
      definition:
        'Équipe qui se rend auprès d’une personne en crise de santé mentale ou de dépendance, dans la communauté, pour évaluer la situation, la désamorcer et orienter la personne vers des soins, afin d’éviter si possible une visite à l’urgence ou une arrestation. Certaines équipes jumellent une intervenante en santé mentale et un policier.',
      note: 'Les noms et les sigles varient d’une collectivité à l’autre.',
    },
  },
  {
    key: 'concurrent-disorders',
    subject: 'mental_health',
    en: {
      term: 'concurrent disorders',
      definition:
        'Having both a mental health problem and a substance use problem at the same time.',
    },
    fr: {
      term: 'troubles concomitants',
      definition:
        'Présence simultanée d’un problème de santé mentale et d’un problème de consommation de substances.',
    },
  },
  {
    key: 'naloxone',
    subject: 'substance_use',
    en: {
      term: 'naloxone',
      definition:
        'A medication that temporarily reverses an opioid overdose. Free kits (nasal spray or injection) are available at Ontario pharmacies and many community agencies.',
      note: 'Call 911 as well: naloxone wears off and the overdose can return.',
    },
    fr: {
      term: 'naloxone',
      definition:
        'Médicament qui renverse temporairement une surdose d’opioïdes. Des trousses gratuites (vaporisateur nasal ou injection) sont offertes dans les pharmacies de l’Ontario et dans de nombreux organismes communautaires.',
      note: 'Appelez aussi le 911 : l’effet de la naloxone s’estompe et la surdose peut revenir.',
    },
  },
  {
    key: 'supervised-consumption',
    subject: 'substance_use',
    en: {
      term: 'supervised consumption site',
      synonyms: ['safe consumption site'],
      definition:
        'A health service where people can use drugs they bring under the supervision of trained staff, who respond to overdoses and connect people to health care, treatment and social services.',
    },
    fr: {
      term: 'site de consommation supervisée',
      definition:
        'Service de santé où les personnes peuvent consommer les drogues qu’elles apportent sous la supervision d’un personnel formé, qui intervient en cas de surdose et oriente vers les soins de santé, le traitement et les services sociaux.',
    },
  },
  {
    key: 'oat',
    subject: 'substance_use',
    en: {
      term: 'opioid agonist treatment',
      abbreviations: ['OAT'],
      synonyms: ['opioid agonist therapy'],
      definition:
        'Treatment of opioid use disorder with prescribed medications such as methadone or buprenorphine, which prevent withdrawal and reduce cravings.',
    },
    fr: {
      term: 'traitement par agonistes opioïdes',
      abbreviations: ['TAO'],
      definition:
        'Traitement du trouble lié à l’usage d’opioïdes au moyen de médicaments prescrits, comme la méthadone ou la buprénorphine, qui préviennent le sevrage et réduisent le besoin impérieux de consommer.',
    },
  },

  /* ---------------------------------------------- children and families */
  {
    key: 'cas',
    subject: 'child_family',
    seeAlso: ['duty-to-report'],
    en: {
      term: 'children’s aid society',
      abbreviations: ['CAS'],
      definition:
        'In Ontario, a non-profit agency designated under the Child, Youth and Family Services Act to investigate reports that a child may need protection, to protect children, and to provide foster care, kinship care and adoption.',
      note: 'Indigenous child and family well-being agencies have the same role in many communities.',
    },
    fr: {
      term: 'société d’aide à l’enfance',
      abbreviations: ['SAE'],
      definition:
        'En Ontario, organisme sans but lucratif désigné en vertu de la Loi sur les services à l’enfance, à la jeunesse et à la famille pour enquêter sur les signalements d’enfants qui pourraient avoir besoin de protection, protéger les enfants et offrir des services de famille d’accueil, de prise en charge par la parenté et d’adoption.',
      note: 'Dans de nombreuses communautés, des organismes autochtones de bien-être de l’enfance et de la famille jouent le même rôle.',
    },
  },
  {
    key: 'duty-to-report',
    subject: 'child_family',
    en: {
      term: 'duty to report',
      definition:
        'The legal obligation, under Ontario’s Child, Youth and Family Services Act, for anyone (professionals who work with children in particular) who has reasonable grounds to suspect that a child is or may be in need of protection to report it promptly and directly to a children’s aid society.',
      note: 'The duty cannot be passed to a supervisor or a colleague.',
    },
    fr: {
      term: 'obligation de signaler',
      definition:
        'Obligation légale, selon la Loi sur les services à l’enfance, à la jeunesse et à la famille de l’Ontario, pour toute personne (en particulier les professionnels qui travaillent avec des enfants) qui a des motifs raisonnables de soupçonner qu’un enfant a ou pourrait avoir besoin de protection, de le signaler promptement et directement à une société d’aide à l’enfance.',
      note: 'Cette obligation ne peut pas être confiée à une ou un supérieur ni à une ou un collègue.',
    },
  },

  /* --------------------------------------------------- justice */
  {
    key: 'court-diversion',
    subject: 'justice',
    en: {
      term: 'mental health court diversion',
      synonyms: ['court diversion'],
      definition:
        'A program that, when appropriate and with the person’s agreement, redirects someone charged with a minor offence away from prosecution and toward community supports such as mental health or addiction services.',
    },
    fr: {
      term: 'déjudiciarisation en santé mentale',
      synonyms: ['déjudiciarisation'],
      definition:
        'Programme qui, lorsque c’est approprié et avec l’accord de la personne, soustrait une personne accusée d’une infraction mineure aux poursuites pour l’orienter vers des soutiens communautaires comme des services de santé mentale ou de dépendances.',
    },
  },

  /* ------------------------------------------ newcomers and Indigenous */
  {
    key: 'settlement-services',
    subject: 'newcomers',
    en: {
      term: 'settlement services',
      definition:
        'Services that help newcomers to Canada settle and integrate: needs assessment, information and referrals, language classes, employment help and community connections, many funded by Immigration, Refugees and Citizenship Canada.',
    },
    fr: {
      term: 'services d’établissement',
      definition:
        'Services qui aident les nouveaux arrivants au Canada à s’établir et à s’intégrer : évaluation des besoins, information et orientation, cours de langue, aide à l’emploi et liens avec la collectivité, dont beaucoup sont financés par Immigration, Réfugiés et Citoyenneté Canada.',
    },
  },
  {
    key: 'friendship-centre',
    subject: 'indigenous',
    en: {
      term: 'Indigenous Friendship Centre',
      synonyms: ['Friendship Centre'],
      definition:
        'A community organization serving urban Indigenous people (First Nations, Inuit and Métis) with culturally grounded programs in areas such as health, housing, employment, justice and family support.',
    },
    fr: {
      term: 'centre d’amitié autochtone',
      definition:
        'Organisme communautaire au service des Autochtones en milieu urbain (Premières Nations, Inuits et Métis) qui offre des programmes ancrés dans la culture dans des domaines comme la santé, le logement, l’emploi, la justice et le soutien aux familles.',
    },
  },
  {
    key: 'jordans-principle',
    subject: 'indigenous',
    en: {
      term: 'Jordan’s Principle',
      definition:
        'A legal obligation ensuring that First Nations children get the public services, supports and products they need when they need them, without delays caused by disputes over which government or department pays.',
    },
    fr: {
      term: 'principe de Jordan',
      definition:
        'Obligation juridique qui garantit que les enfants des Premières Nations obtiennent les services, soutiens et produits publics dont ils ont besoin au moment où ils en ont besoin, sans retards dus à des désaccords sur le gouvernement ou le ministère qui doit payer.',
    },
  },

  /* ------------------------------------------------------ helplines */
  {
    key: '211',
    subject: 'general',
    en: {
      term: '211',
      definition:
        'A free, confidential helpline and website, available 24/7 in many languages, that connects people to community, social, health-related and government services.',
    },
    fr: {
      term: '211',
      definition:
        'Ligne d’aide et site Web gratuits et confidentiels, offerts jour et nuit dans de nombreuses langues, qui orientent vers les services communautaires, sociaux, de santé et gouvernementaux.',
    },
  },
];
