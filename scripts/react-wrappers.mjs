#!/usr/bin/env node
/**
 * Writes src/react/index.ts, the React wrappers (`mes-components/react`), from the registry of the elements
 * (src/elements.ts): one wrapper a registry entry, named by its `className`, for the class of that name, with the
 * content events every element has and the element's own `events` as typed props. With `--check`, exits 1 when the
 * file is not what the registry gives instead of writing it (`npm run lint` does): run `npm run react-wrappers`.
 *
 * A generated file rather than a loop over the registry at run time, so that each wrapper is an export of its own
 * with a type TypeScript writes out in dist/react/index.d.ts as precisely as a hand-written one.
 * An event's `detail` type is named after the event: `mes-holiday-select` → `HolidaySelectDetail`, exported by
 * src/index.ts (the type check fails when it is not). An event prop's description is the event's in
 * custom-elements.json (the `@fires` of the element that fires it), so run `npm run analyze` first
 * (`npm run react-wrappers` and `npm test` do).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { runnerImport } from 'vite';

const FILE = 'src/react/index.ts';

// The registry is TypeScript: Vite's module runner compiles it (with the language list it imports) on the fly.
const { module: registry } = await runnerImport(resolve('src/elements.ts'), { configFile: false, logLevel: 'error' });
const ELEMENTS = registry.ELEMENTS;

if (!existsSync('custom-elements.json')) {
  console.error('react-wrappers: custom-elements.json does not exist; run `npm run analyze`.');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** An event's description, from the `@fires` of an element that fires it. */
function describe(event) {
  const declared = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => d.events ?? [])
    .find((e) => e.name === event && e.description);
  if (!declared) throw new Error(`react-wrappers: no element of custom-elements.json describes ${event} (@fires)`);
  return `\`${event}\`: ${declared.description
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\*\//g, '*\\/')
    .trim()}`;
}

/** A JSDoc comment, indented by `indent`, on one line where it fits in 120 characters, else wrapped. */
function doc(text, indent = '  ') {
  if (indent.length + text.length + 7 <= 120) return `${indent}/** ${text} */`;
  const lines = [];
  let line = '';
  // Words, a span of code (between backticks) counting as one.
  for (const word of text.match(/(?:`[^`]*`|\S)+/g)) {
    if (line && indent.length + 3 + line.length + 1 + word.length > 120) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`].join('\n');
}

const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const camel = (name) => name.charAt(0).toLowerCase() + name.slice(1);
/** `mes-holiday-select` → `HolidaySelectDetail`. */
const detailType = (event) => `${pascal(event.replace(/^mes-/, ''))}Detail`;
const elementType = (className) => `${className}Element`;

/** The content events every element has (src/core/mes-element.ts). */
const CONTENT_EVENTS = { onContentError: 'mes-content-error', onContentLoad: 'mes-content-load' };

/** The element's own events, as one object a set of them: name of the object, its type, and its props. */
function eventSet(info) {
  const props = Object.keys(info.events);
  if (props.length === 0) return { type: 'ContentEvents' };
  const name = props.map((p) => p.replace(/^on/, '')).join('And');
  return { value: `${camel(name)}Events`, type: `${name}Events`, events: info.events };
}

const sets = new Map();
for (const info of ELEMENTS) {
  const set = eventSet(info);
  if (set.value && !sets.has(set.value)) sets.set(set.value, set);
}

const classes = ELEMENTS.map((e) => e.className).sort();
const details = [
  ...new Set([...Object.values(CONTENT_EVENTS), ...ELEMENTS.flatMap((e) => Object.values(e.events))].map(detailType)),
].sort();
const imports = [...classes.map((c) => `  ${c} as ${elementType(c)},`), ...details.map((d) => `  type ${d},`)].join(
  '\n',
);

const eventSets = [...sets.values()]
  .map(
    (set) => `const ${set.value} = {
  ...contentEvents,
${Object.entries(set.events)
  .map(
    ([prop, event]) =>
      `${doc(describe(event))}\n  ${prop}: '${event}' as EventName<CustomEvent<${detailType(event)}>>,`,
  )
  .join('\n')}
};

type ${set.type} = typeof ${set.value};
`,
  )
  .join('\n');

const wrappers = ELEMENTS.map((info) => {
  const { type, value } = eventSet(info);
  const head = `export const ${info.className}: MesComponent<${elementType(info.className)}, ${type}> =`;
  const body = `createComponent({
  react: React,
  tagName: '${info.tag}',
  elementClass: ${elementType(info.className)},
  events: ${value ?? 'contentEvents'},
  displayName: '${info.className}',
});`;
  // One line where it fits in 120 characters, else the call on the next line, indented.
  const code =
    head.length + 1 + 'createComponent({'.length <= 120
      ? `${head} ${body}`
      : `${head}\n  ${body.replace(/\n/g, '\n  ')}`;
  return `/** \`<${info.tag}>\` as a React component. */\n${code}\n`;
}).join('\n');

const reexports = [...details, ...classes.map(elementType)]
  .sort()
  .map((t) => `  ${t},`)
  .join('\n');

const propNames = [...Object.keys(CONTENT_EVENTS), ...new Set(ELEMENTS.flatMap((e) => Object.keys(e.events)))].map(
  (p) => `\`${p}\``,
);

const source = `/**
 * React components for the elements: \`import { MesPriorities } from 'mes-components/react'\`.
 *
 * Each one renders the custom element (importing this module defines every element, as
 * \`import 'mes-components'\` does) and passes its props on: \`headingLevel\`, \`content\`, \`src\`, \`today\`,
 * \`timeZone\`, \`open\` are set as properties, \`lang\`, \`className\`, \`id\`… as attributes, and the element's
 * events are props: ${propNames.join(', ')}. Made with
 * \`@lit/react\` (bundled in); React ≥ 17 is a peer dependency of this entry only.
 *
 * \`\`\`tsx
 * <MesPriorities lang="ru" headingLevel={3} onContentError={(e) => console.log(e.detail.problems)} />
 * \`\`\`
 *
 * Generated by scripts/react-wrappers.mjs from the registry (src/elements.ts): do not edit it by hand, run
 * \`npm run react-wrappers\` (\`npm run lint\` fails when this file is not current).
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import {
${imports}
} from '../index.js';

/**
 * An event name carrying its event's type (the same shape as \`@lit/react\`'s \`EventName\`, declared here so
 * that these types need nothing from \`@lit/react\`, which is bundled in).
 */
export type EventName<T extends Event = Event> = string & { __eventType: T };

/** The event props every element has. */
const contentEvents = {
${Object.entries(CONTENT_EVENTS)
  .map(
    ([prop, event]) =>
      `${doc(describe(event))}\n  ${prop}: '${event}' as EventName<CustomEvent<${detailType(event)}>>,`,
  )
  .join('\n')}
};

type ContentEvents = typeof contentEvents;

${eventSets}
/** A React event prop for each event name: \`(event: CustomEvent<Detail>) => void\`. */
export type EventProps<E> = {
  [K in keyof E]?: E[K] extends EventName<infer T> ? (event: T) => void : (event: Event) => void;
};

/** The element's own public properties, each optional, as props. */
export type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;

/**
 * The props of a wrapped element: React's HTML attributes, the element's properties, its events, and a
 * \`ref\` to the element itself.
 */
export type MesComponentProps<I extends HTMLElement, E> = Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> &
  EventProps<E> &
  ElementProps<I> &
  React.RefAttributes<I>;

/** A React component that renders the custom element \`I\`. */
export type MesComponent<I extends HTMLElement, E> = React.ForwardRefExoticComponent<MesComponentProps<I, E>>;

${wrappers}
export type {
${reexports}
};
`;

// Written as the project's formatter writes it, so that `prettier --check` and this check agree.
const formatted = await format(source, { ...(await resolveConfig(FILE)), filepath: FILE });

if (process.argv.includes('--check')) {
  if (readFileSync(FILE, 'utf8') !== formatted) {
    console.error(
      `react-wrappers: ${FILE} is not what the registry (src/elements.ts) gives; run \`npm run react-wrappers\`.`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(FILE, formatted);
  console.log(`react-wrappers: ${ELEMENTS.length} wrappers → ${FILE}`);
}
