import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { toRaw } from 'vue';

/**
 * `input` as a server render reads it: the objects behind Vue's proxies. Nothing reacts on the
 * server, and a reactive order (Nuxt's useFetch data is a deep ref) read through its proxy tracks
 * every field and makes a proxy per nested object. What is read from a raw object is raw. An
 * input object built around reactive parts (`{ user: data.value.user, … }`) is copied with its
 * parts raw. The client keeps reactive reads: an order changed in place must be pushed again.
 */
export function rawInput(input: PostcheckoutInput): PostcheckoutInput {
  const raw = toRaw(input);
  const user = toRaw(raw.user);
  const order = toRaw(raw.order);
  return user === raw.user && order === raw.order ? raw : { ...raw, user, order };
}
