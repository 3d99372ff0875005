/**
 * Property: for any valid order with hostile strings in every string field and key (ids built
 * from `<script`, `<style`, `"`, CR, NUL too), every adapter renders exactly one script element
 * with exactly the expected attributes and text (nothing else in the page changes; no order id and
 * none of the top-level keys that components get spread onto their props in any attribute), and
 * running it pushes exactly the expected data, computed independently in src/orders.ts. Unknown
 * keys are never sent: both modes report them once and send the rest (strict mode throws only for
 * other issues, forbidden keys included). Page text with unbalanced `"` around the snippet goes to the adapters that render a page
 * section (Vue under nuxt-security's nonce rewrite): the nonce must still be there, once.
 *
 * Each generated case goes through every adapter. The core reference's script is executed in
 * node:vm; every other adapter must emit byte-identical text (so it pushes the same).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { coreReference, propertyAdapters as adapters, type Adapter } from '@flocktory-ssr/test-conformance/adapters';
import { docsExample } from '@flocktory-ssr/test-conformance/corpus';
import {
  assertExactlyOneScript,
  baselines,
  issueLines,
  issuesSeenBy,
  renderOutcome,
  type Baselines,
} from '@flocktory-ssr/test-conformance/harness';

import { generatedOrder, validNonce, type GeneratedOrder } from './orders';
import { pageText } from './strings';
import { propertyRuns, propertySeed } from './runs';

/** Registers one shard of the property run: `shard` of `shards` equal parts of propertyRuns(). */
export function propertySuite(shard: number, shards: number): void {
  const fatalInput = { ...docsExample(), order: { ...docsExample().order, items: [] } };
  const bases = new Map<Adapter, { withNonce: Baselines; withoutNonce: Baselines }>();
  const millis = new Map<Adapter, number>();
  /** The text around the postcheckout element in a page adapter's output (same for every order). */
  const frames = new Map<Adapter, { before: string; after: string }>();
  let referenceHtml = '';
  let fullChecks = 0;
  let sameBytes = 0;

  beforeAll(async () => {
    for (const adapter of adapters) {
      await adapter.setup?.();
      bases.set(adapter, {
        withNonce: await baselines(adapter, docsExample(), fatalInput, 'bm9uY2U='),
        withoutNonce: await baselines(adapter, docsExample(), fatalInput, undefined),
      });
      millis.set(adapter, 0);
      const page = await adapter.render(docsExample(), { mode: 'strict' });
      const element = await coreReference.render(docsExample(), { mode: 'strict' });
      const at = page.indexOf(element);
      if (at >= 0 && page.indexOf(element, at + 1) < 0)
        frames.set(adapter, { before: page.slice(0, at), after: page.slice(at + element.length) });
    }
  });
  afterAll(async () => {
    for (const adapter of adapters) await adapter.teardown?.();
  });

  /** Checks one adapter on one case; returns the script text it rendered (undefined when it threw as expected). */
  async function checkAdapter(
    adapter: Adapter,
    order: GeneratedOrder,
    nonce: string | undefined,
    mode: 'strict' | 'safe',
    pageAround: { before: string; after: string },
    reference: { code: string; html: string } | undefined,
  ) {
    const code = reference?.code;
    const started = performance.now();
    const outcome = await renderOutcome(adapter, order.input, { mode, nonce, pageAround });
    const seen = issuesSeenBy(adapter, [...order.keyIssues, ...order.fieldIssues]);
    const expectedIssues = issueLines(seen).join('\n');
    let text: string | undefined;
    // Unknown keys alone never crash a page, in strict mode either: reported, and the rest rendered.
    if (mode === 'strict' && seen.some((issue) => issue.code !== 'unknown_key')) {
      if (outcome.kind !== 'thrown' || !(outcome.error instanceof FlocktoryValidationError))
        throw new Error(`${adapter.name}: expected a FlocktoryValidationError, got ${outcome.kind}`);
      if (issueLines(outcome.error.issues).join('\n') !== expectedIssues)
        throw new Error(`${adapter.name}: wrong issues ${JSON.stringify(outcome.error.issues)}`);
    } else {
      if (outcome.kind === 'thrown') throw outcome.error;
      const reported = outcome.errors.map((error) => issueLines(error.issues).join('\n'));
      if (JSON.stringify(reported) !== JSON.stringify(expectedIssues === '' ? [] : [expectedIssues]))
        throw new Error(`${adapter.name}: wrong onError calls ${JSON.stringify(reported)}`);
      const frame = frames.get(adapter);
      if (reference && frame && outcome.html === frame.before + reference.html + frame.after) {
        // Byte-identical to the page around the reference element, which was fully checked: the
        // parser gives the same result, so parsing again would prove nothing new.
        sameBytes++;
        text = reference.code;
      } else {
        fullChecks++;
        text = assertExactlyOneScript(adapter, outcome.html, bases.get(adapter)![nonce === undefined ? 'withoutNonce' : 'withNonce'], {
          data: order.expected,
          nonce,
          code,
          execute: code === undefined,
        });
      }
      if (!reference) referenceHtml = outcome.html;
    }
    millis.set(adapter, millis.get(adapter)! + performance.now() - started);
    return text;
  }

  it(`every adapter renders any hostile order exactly, or refuses it exactly: shard ${shard + 1}/${shards} (${adapters.map((adapter) => adapter.name).join(', ')})`, async () => {
    // The runs are split over test files, which vitest runs in parallel (one per core).
    const total = propertyRuns();
    const numRuns = Math.ceil(total / shards);
    const seed = (propertySeed() + shard) | 0;
    console.log(
      `[security] shard ${shard + 1}/${shards}: ${numRuns} of ${total} cases through ${adapters.length} adapters, seed ${seed} (reproduce this shard: FLOCKTORY_FC_SEED=${seed - shard} FLOCKTORY_FC_RUNS=${total})`,
    );
    const others = adapters.filter((adapter) => adapter !== coreReference);
    let cases = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        generatedOrder,
        validNonce,
        fc.constantFrom('strict' as const, 'safe' as const),
        fc.record({ before: pageText, after: pageText }),
        async (order, nonce, mode, pageAround) => {
          cases++;
          const code = await checkAdapter(coreReference, order, nonce, mode, pageAround, undefined);
          const reference = code === undefined ? undefined : { code, html: referenceHtml };
          for (const adapter of others) await checkAdapter(adapter, order, nonce, mode, pageAround, reference);
        },
      ),
      { numRuns, seed, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[security] shard ${shard + 1}/${shards}: ${cases} cases per adapter in ${seconds.toFixed(1)} s (${Math.round(cases / seconds)} cases/s for all adapters together)`,
    );
    console.log(
      `[security] shard ${shard + 1}/${shards}: ${fullChecks} renders parsed and checked, ${sameBytes} byte-identical to a checked page`,
    );
    for (const [adapter, ms] of millis)
      console.log(`[security]   shard ${shard + 1}: ${adapter.name}: ${Math.round((cases / ms) * 1000)} cases/s (render + parse + checks)`);
    expect(cases).toBe(numRuns);
  });
}
