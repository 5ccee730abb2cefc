// What lit-localize's runtime output would write for the app's one string.
export const templates = {
  'app-heading': 'Le choix de notre coopérative',
};
