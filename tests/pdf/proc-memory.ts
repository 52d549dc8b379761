/**
 * The resident memory of a process and all its descendants, polled from /proc (Linux only: where
 * there is no /proc, `supported` is false and nothing is measured).
 *
 * Each process's peak is its own VmHWM (the kernel's high-water mark, so nothing is missed between
 * two polls while the process lives). At each poll the peaks of the processes alive then are
 * added up; `peakMb` is the largest such sum — an upper bound of what the tree held at one moment
 * (processes that never lived at the same time are not added together).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export const procSupported = existsSync('/proc/self/status');

function kb(status: string, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) : 0;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid …; comm may hold spaces and parentheses: read after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const ppid = parentOf(pid);
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

export interface TreeMemory {
  /** The largest sum, over the processes alive at one poll, of each one's peak resident memory, in MB. */
  peakMb: number;
  /** Each process seen, with its peak in MB. */
  processes: Map<number, number>;
}

/** Starts watching `root` and its descendants every `everyMs`; stop() gives the figures. */
export function watchTree(root: number, everyMs = 10): { stop: () => TreeMemory } {
  const hwm = new Map<number, number>();
  let peakKb = 0;
  const poll = () => {
    if (!procSupported) return;
    let sum = 0;
    for (const pid of tree(root)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const peak = Math.max(kb(status, 'VmHWM'), kb(status, 'VmRSS'), hwm.get(pid) ?? 0);
        hwm.set(pid, peak);
        sum += peak;
      } catch {
        // gone between the listing and the read
      }
    }
    peakKb = Math.max(peakKb, sum);
  };
  poll();
  const timer = setInterval(poll, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const processes = new Map([...hwm].map(([pid, k]) => [pid, k / 1024]));
      return { peakMb: peakKb / 1024, processes };
    },
  };
}
