/**
 * Aho–Corasick automaton: every occurrence of every pattern in one pass over
 * the text, in time linear in the text plus the matches. Patterns and text are
 * compared by UTF-16 code unit; callers normalise both the same way.
 */
export interface Match<T> {
  /** UTF-16 index of the first unit of the match. */
  start: number;
  /** UTF-16 index just past the match. */
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here, as [length, value]. */
  out: [number, T][];
  /** Nearest node on the fail chain that has outputs, or -1. */
  dict: number;
}

export class AhoCorasick<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, out: [], dict: -1 }];

  constructor(patterns: Iterable<readonly [string, T]>) {
    for (const [pattern, value] of patterns) if (pattern.length > 0) this.add(pattern, value);
    this.link();
  }

  private add(pattern: string, value: T): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = this.nodes[state]!.next.get(code);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [], dict: -1 });
        this.nodes[state]!.next.set(code, next);
      }
      state = next;
    }
    this.nodes[state]!.out.push([pattern.length, value]);
  }

  /** Breadth-first: failure links and dictionary-suffix links. */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const node = this.nodes[state]!;
      for (const [code, child] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(code)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(code);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        const failNode = this.nodes[childNode.fail]!;
        childNode.dict = failNode.out.length > 0 ? childNode.fail : failNode.dict;
        queue.push(child);
      }
    }
  }

  /** All matches, in order of their end, longest first at each end. */
  search(text: string): Match<T>[] {
    const matches: Match<T>[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      while (state !== 0 && !this.nodes[state]!.next.has(code)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(code) ?? 0;
      for (let s = this.nodes[state]!.out.length > 0 ? state : this.nodes[state]!.dict; s > 0; s = this.nodes[s]!.dict) {
        for (const [length, value] of this.nodes[s]!.out) matches.push({ start: i + 1 - length, end: i + 1, value });
      }
    }
    return matches;
  }
}
