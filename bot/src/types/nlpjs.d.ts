// @nlpjs/lang-da ships no type declarations; this is the part we use.
declare module "@nlpjs/lang-da" {
  export class StemmerDa {
    stem(word: string): string;
  }
}
