/**
 * A small RFC 5545 reader for tests: unfolds lines, splits name;params:value, unescapes TEXT,
 * and nests BEGIN/END components. Strict where the builder could go wrong (CRLF, line length).
 */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface IcsComponent {
  type: string;
  props: IcsProperty[];
  children: IcsComponent[];
}

export function rawLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('calendar must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) {
    if (l.includes('\n') || l.includes('\r')) throw new Error(`bare line break in ${JSON.stringify(l)}`);
    if (Buffer.byteLength(l, 'utf8') > 75) throw new Error(`line over 75 octets: ${l}`);
  }
  return physical;
}

export function unfold(text: string): string[] {
  const out: string[] = [];
  for (const l of rawLines(text)) {
    if (l.startsWith(' ') || l.startsWith('\t')) out[out.length - 1] += l.slice(1);
    else out.push(l);
  }
  return out;
}

export function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parseLine(line: string): IcsProperty {
  // The value starts at the first ':' outside a quoted parameter value.
  let inQuote = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuote = !inQuote;
    else if (c === ':' && !inQuote) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`no value in ${line}`);
  const [name, ...paramParts] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of paramParts) {
    const [k, v] = p.split('=');
    params[k!.toUpperCase()] = v ?? '';
  }
  return { name: name!.toUpperCase(), params, value: line.slice(colon + 1) };
}

export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of unfold(text)) {
    const p = parseLine(line);
    if (p.name === 'BEGIN') {
      const c: IcsComponent = { type: p.value, props: [], children: [] };
      stack.at(-1)?.children.push(c);
      stack.push(c);
    } else if (p.name === 'END') {
      const c = stack.pop();
      if (!c || c.type !== p.value) throw new Error(`END:${p.value} does not close ${c?.type}`);
      if (!stack.length) root = c;
    } else {
      const top = stack.at(-1);
      if (!top) throw new Error(`property outside a component: ${line}`);
      top.props.push(p);
    }
  }
  if (!root || stack.length) throw new Error('unbalanced components');
  return root;
}

export const prop = (c: IcsComponent, name: string): IcsProperty | undefined => c.props.find((p) => p.name === name);

export function rrule(c: IcsComponent): Record<string, string> {
  const v = prop(c, 'RRULE')?.value ?? '';
  return Object.fromEntries(v.split(';').map((kv) => kv.split('=') as [string, string]));
}
