// The background service worker. Thin wiring only: features arrive in later issues.
export default defineBackground(() => {});
