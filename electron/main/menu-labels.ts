import type { Language } from '../../shared/contract';

/**
 * The native menu and dialogs are drawn by the main process, outside the renderer's i18next
 * catalogues, so their few strings live here.
 */
export interface MainLabels {
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  quit: string;
  close: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  reload: string;
  forceReload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  minimize: string;
  zoom: string;
  front: string;
  ok: string;
  version: (version: string) => string;
  aboutDetail: string;
  startupFailed: string;
  databaseFailed: (file: string) => string;
  unsavedTitle: string;
  unsavedMessage: string;
  discardChanges: string;
  keepEditing: string;
  presenterView: string;
  lock: string;
  noMeetingToPresent: string;
}

export const mainLabels = {
  en: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    window: '&Window',
    help: '&Help',
    about: 'About Roundtable',
    services: 'Services',
    hide: 'Hide Roundtable',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Roundtable',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    ok: 'OK',
    version: (version) => `Version ${version}`,
    aboutDetail: 'Agendas, timers, notes and actions for interagency meetings. Works offline.',
    startupFailed: 'Roundtable could not start',
    databaseFailed: (file) => `Roundtable could not open its data file:\n${file}`,
    unsavedTitle: 'Unsaved changes',
    unsavedMessage: 'A form has changes that are not saved. Leave and discard them?',
    discardChanges: 'Discard changes',
    keepEditing: 'Keep editing',
    presenterView: '&Presenter View',
    lock: '&Lock Roundtable',
    noMeetingToPresent: 'Open a meeting or start one, then open the presenter view.',
  },
  fr: {
    file: '&Fichier',
    edit: '&Édition',
    view: '&Affichage',
    window: 'Fe&nêtre',
    help: 'Ai&de',
    about: 'À propos de Roundtable',
    services: 'Services',
    hide: 'Masquer Roundtable',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    quit: 'Quitter Roundtable',
    close: 'Fermer la fenêtre',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    reload: 'Actualiser',
    forceReload: 'Forcer l’actualisation',
    toggleDevTools: 'Outils de développement',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    toggleFullScreen: 'Plein écran',
    minimize: 'Réduire',
    zoom: 'Zoom',
    front: 'Tout ramener au premier plan',
    ok: 'OK',
    version: (version) => `Version ${version}`,
    aboutDetail:
      'Ordres du jour, minuteries, notes et suivis pour les rencontres interorganismes. Fonctionne hors ligne.',
    startupFailed: 'Roundtable n’a pas pu démarrer',
    databaseFailed: (file) => `Roundtable n’a pas pu ouvrir son fichier de données :\n${file}`,
    unsavedTitle: 'Modifications non enregistrées',
    unsavedMessage:
      'Un formulaire contient des modifications non enregistrées. Quitter et les abandonner?',
    discardChanges: 'Abandonner les modifications',
    keepEditing: 'Continuer la saisie',
    presenterView: '&Vue présentateur',
    lock: '&Verrouiller Roundtable',
    noMeetingToPresent: 'Ouvrez ou démarrez une réunion, puis ouvrez la vue présentateur.',
  },
} satisfies Record<Language, MainLabels>;

/** French for a French system locale (fr, fr-CA…), English otherwise: used before settings load. */
export function languageForLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
