// html-validate: the recommended rules, with one turned off, for the reason given.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // The activity tables restyle rows as blocks on phones; explicit table roles keep them
    // announced as tables (browsers drop the implicit roles when `display` changes).
    'no-redundant-role': 'off',
  },
});
