import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Without isCustomElement, Vue warns "Failed to resolve component: coop-chair-quiz" and treats it as a component.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'coop-chair-quiz' } } })],
});
