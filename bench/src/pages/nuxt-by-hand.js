/**
 * The Nuxt page bench copy's comparison: Flocktory's snippets written by hand into the thank-you
 * page, as a Nuxt shop writes them today from the docs
 * (https://flocktory.github.io/en/integration/postcheckout/): the loader and the postcheckout
 * through `useHead` (nuxt-security adds the request's nonce to them, as to every script), the
 * Exchange marker in the template, `JSON.stringify` of the purchase with no escaping for a script
 * (unsafe: a `</script>` in a title ends it), nothing for client-side navigation. The loader is the
 * bench build's (`FLOCKTORY_LOADER=stub`, the shop's default site id). Source added to the copy's page.
 */
export const NUXT_BY_HAND_SETUP = `if (benchSwitch === 'by-hand' && input.value) {
  const code = \`window.flocktory = window.flocktory || [];
window.flocktory.push(['postcheckout', \${JSON.stringify({ user: input.value.user, order: input.value.order })}]);\`;
  useHead({
    script: [
      { src: '/flocktory-stub/loader.js?site_id=42', async: true },
      { innerHTML: code, tagPosition: 'bodyClose' },
    ],
  });
}
`;

export const NUXT_BY_HAND_MARKER = `<div v-if="benchSwitch === 'by-hand'" class="i-flocktory" data-fl-action="exchange" data-fl-spot="thank-you" :data-fl-user-email="input.user.email" />`;
