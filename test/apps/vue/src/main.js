import { createApp } from 'vue';
import { setLocale } from './localization.js';
import App from './App.vue';

await setLocale('fr');
createApp(App).mount('#app');
