/** The library's events, by name, as `HTMLElementEventMap` declares them (each beside the code that fires it). */

/** The names of the library's events. */
export type MesEventName = keyof HTMLElementEventMap & `mes-${string}`;

/** The detail of one of the library's events. */
export type MesEventDetail<K extends MesEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
