/** `worker-chunk:./x.ts` imports resolve to the URL of x.ts built as its own entry (see vite-worker-chunk.ts). */
declare module 'worker-chunk:*' {
  const url: string;
  export default url;
}
