import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

// ---- Sprig's kebabcase ------------------------------------------------------------------------
// The chart names each user's Secret `<release>-{{ kebabcase $user }}-credentials`. Sprig's
// kebabcase is huandu/xstrings ToKebabCase; this is a port of its v1.4.0 algorithm, so that
// "myUser" -> "my-user", "my_user" -> "my-user", "HTTPServer" -> "http-server", "app2db" -> "app-2db".

const Word = { Invalid: 0, Number: 1, Upper: 2, Alphabet: 3, Connector: 4, Punct: 5, Other: 6 } as const;
type Word = (typeof Word)[keyof typeof Word];

const isConnector = (c: string) => c === "-" || c === "_" || /^\s$/u.test(c);
const isPunct = (c: string) => /^\p{P}$/u.test(c);
const isUpper = (c: string) => /^\p{Lu}$/u.test(c);
const isNumber = (c: string) => /^\p{N}$/u.test(c);
/** A letter that is not a CJK ideograph. */
function isAlphabet(c: string): boolean {
  if (!/^\p{L}$/u.test(c)) return false;
  const r = c.codePointAt(0)!;
  if (r < 0x3400) return true;
  return !((r >= 0x4e00 && r <= 0x9fcc) || (r >= 0x3400 && r <= 0x4d85) || (r >= 0x20000 && r <= 0x2b81d));
}

/** The word starting at `i`: its type and the index just past it. */
function nextWord(s: readonly string[], i: number): [Word, number] {
  if (i >= s.length) return [Word.Invalid, i];
  const r = s[i]!;
  let j = i + 1;
  const more = (test: (c: string) => boolean) => {
    while (j < s.length && test(s[j]!)) j++;
  };
  if (isConnector(r)) {
    more(isConnector);
    return [Word.Connector, j];
  }
  if (isPunct(r)) {
    more(isPunct);
    return [Word.Punct, j];
  }
  if (isUpper(r)) {
    if (j < s.length) {
      const r2 = s[j]!;
      if (isUpper(r2)) {
        // "HTTPServer" splits into "HTTP" and "Server": the last capital starts the next word.
        let lastUpper = j++;
        while (j < s.length && isUpper(s[j]!)) lastUpper = j++;
        if (j < s.length && isAlphabet(s[j]!)) j = lastUpper;
      } else if (isAlphabet(r2)) {
        j++;
        more((c) => isAlphabet(c) && !isUpper(c));
      }
    }
    return [Word.Upper, j];
  }
  if (isAlphabet(r)) {
    more((c) => isAlphabet(c) && !isUpper(c));
    return [Word.Alphabet, j];
  }
  if (isNumber(r)) {
    more(isNumber);
    return [Word.Number, j];
  }
  more((c) => !(isConnector(c) || isAlphabet(c) || isNumber(c) || isPunct(c)));
  return [Word.Other, j];
}

/** Sprig's `kebabcase`. */
export function kebabCase(input: string): string {
  const s = [...input];
  if (s.length === 0) return "";
  let out = "";
  const emit = (wt: Word, from: number, to: number) => {
    const text = s.slice(from, to);
    if (wt !== Word.Upper && wt !== Word.Connector) {
      out += text.join("");
      return;
    }
    for (const c of text) out += isConnector(c) ? "-" : isUpper(c) ? c.toLowerCase() : c;
  };
  let start = 0;
  let [wt, end] = nextWord(s, start);
  while (end < s.length) {
    if (wt !== Word.Connector) emit(wt, start, end);
    const prev = wt;
    const lastStart = start;
    const lastEnd = end;
    start = end;
    [wt, end] = nextWord(s, start);
    if (prev === Word.Number) {
      while (wt === Word.Alphabet || wt === Word.Number) {
        emit(wt, start, end);
        start = end;
        [wt, end] = nextWord(s, start);
      }
      if (wt !== Word.Invalid && wt !== Word.Punct && wt !== Word.Connector) out += "-";
    } else if (prev === Word.Connector) {
      emit(prev, lastStart, lastEnd);
    } else if (prev !== Word.Punct) {
      if (wt !== Word.Number) {
        if (wt !== Word.Connector && wt !== Word.Punct) out += "-";
        continue;
      }
      if (end >= s.length) continue;
      const numStart = start;
      const numEnd = end;
      start = end;
      [wt, end] = nextWord(s, start);
      if (wt !== Word.Alphabet) {
        emit(Word.Number, numStart, numEnd);
        if (wt !== Word.Connector && wt !== Word.Punct) out += "-";
        continue;
      }
      // Lower-case letters after a number start a new word: "HTTP2xx" -> "http-2xx".
      out += "-";
      emit(Word.Number, numStart, numEnd);
      while (wt === Word.Alphabet || wt === Word.Number) {
        emit(wt, start, end);
        start = end;
        [wt, end] = nextWord(s, start);
      }
      if (wt !== Word.Invalid && wt !== Word.Connector && wt !== Word.Punct) out += "-";
    }
  }
  emit(wt, start, end);
  return out;
}

// ---- The kind ---------------------------------------------------------------------------------

export const rabbitmq = defineKind({
  kind: "RabbitMQ",
  plural: "rabbitmqs",
  singular: "rabbitmq",
  prefix: "rabbitmq-",
  tfType: "cozystack_rabbitmq",
  chart: "rabbitmq",
  category: "messaging",
  summary: "Managed RabbitMQ cluster run by the RabbitMQ Cluster Operator, with users and virtual hosts.",
  spec: f.spec("RabbitMQ settings.", {
    replicas: f.int("How many RabbitMQ nodes form the cluster.", { default: 3, min: 0 }),
    resources: f.resources("CPU and memory for each node; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset("Sizing preset for each node when resources is not given.", "t1.nano"),
    size: f.quantity("Size of the data volume of each node.", { default: "10Gi" }),
    storageClass: f.storageClass(),
    external: f.external(),
    version: f.enumOf(["v4.2", "v4.1", "v4.0", "v3.13"], "RabbitMQ major.minor version.", {
      default: "v4.2",
    }),
    users: f.map(
      "Users by name.",
      f.object("Settings of one user.", {
        password: f.string("The user's password; generated by the platform when not given.", {
          sensitive: true,
        }),
      }),
      { default: {} },
    ),
    vhosts: f.map(
      "Virtual hosts by name.",
      f.object("Settings of one virtual host.", {
        roles: f.object(
          "Which users get which access to this virtual host.",
          {
            admin: f.list("Users that may configure, write and read.", f.string("A user name.")),
            readonly: f.list("Users that may only read.", f.string("A user name.")),
          },
          { required: true },
        ),
      }),
      { default: {} },
    ),
  }),
  outputs: {
    secret: {
      name: (r) => `${r}-default-user`,
      layout: { type: "keys", keys: ["username", "password", "host", "port"] },
      mayAppearLate: true,
    },
    userSecrets: { name: (r, user) => `${r}-${kebabCase(user)}-credentials`, keys: ["username", "password"] },
    service: { name: (r) => r, ports: { amqp: 5672, management: 15672 }, externalWhen: "external" },
    fields: {
      host: { type: "string", description: "In-cluster host name of the AMQP service.", derive: serviceHost },
      port: { type: "number", description: "AMQP port.", derive: mainPort },
      username: {
        type: "string",
        description: "Name of the administrator the operator creates.",
        derive: (s) => s.secret?.username,
      },
      password: {
        type: "string",
        sensitive: true,
        description: "Password of the administrator the operator creates.",
        derive: (s) => s.secret?.password,
      },
      uri: {
        type: "string",
        sensitive: true,
        description: "amqp:// connection URI with the administrator's credentials.",
        derive: (s) => {
          const host = serviceHost(s);
          const port = mainPort(s);
          const { username, password } = s.secret ?? {};
          if (!host || port === undefined || !username || !password) return undefined;
          return `amqp://${encodeURIComponent(username)}:${encodeURIComponent(password)}@${host}:${port}/`;
        },
      },
      passwords: {
        type: "map",
        sensitive: true,
        description: "Password of each user in spec.users, by user name.",
        derive: (s) =>
          s.userSecrets
            ? Object.fromEntries(
                Object.entries(s.userSecrets).flatMap(([user, data]) =>
                  data.password === undefined ? [] : [[user, data.password]],
                ),
              )
            : undefined,
      },
    },
  },
  readiness: { conditions: ["Ready"], secretKeys: ["username", "password"] },
});
