/**
 * A slide's text: what fits the presenter caption at 1024×768 without scrolling, in either
 * language. Its own module: the tour needs it at start-up, the lesson schema (and zod) does not.
 */
export const SLIDE_MAX = 240;
