/**
 * Exact many-to-one assignment: an auction algorithm with ε-scaling (Bertsekas) on integer
 * benefits, on a balanced "unit" model of the b-matching so that every phase ends with a
 * complete assignment (the condition under which ε-scaling stays exact).
 *
 * Unit model. Persons: every mentee, plus one phantom per mentor place ("this place stays
 * free"). Objects: every mentor place (slot), plus one "unmatched" unit per mentee. A mentee
 * values a slot of a feasible mentor at its pair benefit and an unmatched unit at 0; a
 * phantom values every object at 0. Persons and objects are equally many (n + S), every
 * person can always be placed, so each auction phase ends with a perfect assignment; mentees
 * on slots are the matching. Slots of one mentor are interchangeable, as are unmatched units
 * and phantoms, so a bidder only looks at the cheapest slot per mentor (kept per mentor),
 * the cheapest unmatched unit (a heap) and, for phantoms, the cheapest object overall (a
 * tournament tree over mentors plus the unmatched pool).
 *
 * Exactness. Benefits are integers multiplied by F = n + S + 1; the last phase runs with
 * ε = 1, so the final assignment is within (n + S)·1 < F of the optimum in scaled units, i.e.
 * less than 1 in the integer objective: it is optimal. Both objectives are encoded as one
 * integer benefit per pair (see `pairBenefits`), all well inside 2^53, so Float64 arithmetic
 * on prices is exact.
 *
 * Why an auction rather than successive shortest paths: with ~1,200 augmentations over
 * ~400k arcs, Dijkstra-based augmentation does billions of relaxations in the worst case,
 * whereas each auction phase touches each mentee's arcs a small number of times.
 */
import {
  AssignmentProblem,
  AssignmentResult,
  DEFAULT_OBJECTIVE,
  MAX_SCORE,
  MatchingObjective,
  assertValidProblem,
  resultFromChoices,
} from './assignment-problem';

/** Holder or choice codes: nobody / a phantom (holders that are mentees are their index). */
const NONE = -1;
const PHANTOM = -2;
// Module-level copies of globals used on the hot path: inside a vm context (as under Jest)
// every global lookup is slow, and the bidding loop runs hundreds of thousands of times.
const INFINITY = Infinity;
const { min, max } = Math;
/** ε is divided by this between phases; 4–8 all work, 5 measured fastest on the benchmark. */
const EPSILON_FACTOR = 5;
/** Exact integer range of a float64, with headroom for prices that exceed the benefits. */
const SAFE_BENEFIT_LIMIT = 2 ** 50;

/**
 * Integer benefit per pair such that maximising the sum of benefits optimises the
 * objective lexicographically. With K = the most mentees that can be matched:
 * - max-matched: benefit = BIG + score with BIG = MAX_SCORE·K + 1, so one more match always
 *   outweighs any score difference;
 * - max-score: benefit = (K + 1)·score + 1, so score dominates and the +1 per match breaks
 *   ties towards more matches (and makes score-0 pairs worth taking when they cost nothing).
 */
function pairBenefits(
  problem: AssignmentProblem,
  objective: MatchingObjective,
  maxMatches: number,
): Float64Array {
  const benefits = new Float64Array(problem.pairs.length);
  const big = MAX_SCORE * maxMatches + 1;
  problem.pairs.forEach((pair, index) => {
    benefits[index] =
      objective === 'max-matched' ? big + pair.score : (maxMatches + 1) * pair.score + 1;
  });
  return benefits;
}

export function solveOptimal(
  problem: AssignmentProblem,
  objective: MatchingObjective = DEFAULT_OBJECTIVE,
): AssignmentResult {
  assertValidProblem(problem);
  const chosen = new AuctionSolver(problem, objective).run();
  return resultFromChoices(problem, chosen);
}

class AuctionSolver {
  private readonly n: number;
  private readonly m: number;
  /** Total places S; objects 0..S-1 are slots, S..S+n-1 are unmatched units. */
  private readonly slots: number;

  // Mentee adjacency (CSR over pairs of mentors with places): mentor, scaled benefit, pair index.
  private readonly adjStart: Int32Array;
  private readonly adjMentor: Int32Array;
  private readonly adjBenefit: Float64Array;
  private readonly adjPair: Int32Array;
  private readonly maxBenefit: number;

  private readonly slotStart: Int32Array;
  private readonly slotMentor: Int32Array;
  private readonly price: Float64Array;
  private readonly holder: Int32Array;
  private readonly menteeObject: Int32Array;
  private readonly menteePair: Int32Array;

  // Cheapest and second-cheapest slot of each mentor.
  private readonly mentorMin: Float64Array;
  private readonly mentorMinSlot: Int32Array;
  private readonly mentorSecond: Float64Array;

  // Min-heap of unmatched units by price (unit u is object slots + u).
  private readonly heap: Int32Array;

  // Tournament tree over "targets" (mentors 0..m-1, pool m) by cheapest object, for phantoms.
  private readonly treeSize: number;
  private readonly tree: Int32Array;
  private readonly targetMin: Float64Array;

  private readonly queue: Int32Array;
  private queueHead = 0;
  private queueLength = 0;
  private freePhantoms = 0;
  private epsilon = 1;

  constructor(problem: AssignmentProblem, objective: MatchingObjective) {
    const n = problem.menteeCount;
    const capacities = problem.mentorCapacities;
    const m = capacities.length;
    this.n = n;
    this.m = m;

    // A mentor never uses more places than it has feasible mentees: fewer slots and phantoms.
    const mentorDegree = new Int32Array(m);
    for (const pair of problem.pairs) mentorDegree[pair.mentor]++;
    this.slotStart = new Int32Array(m + 1);
    for (let j = 0; j < m; j++)
      this.slotStart[j + 1] = this.slotStart[j] + Math.min(capacities[j], mentorDegree[j]);
    const slots = this.slotStart[m];
    this.slots = slots;
    this.slotMentor = new Int32Array(slots);
    for (let j = 0; j < m; j++) this.slotMentor.fill(j, this.slotStart[j], this.slotStart[j + 1]);

    const usable = problem.pairs.map((pair) => capacities[pair.mentor] > 0);
    const degree = new Int32Array(n);
    let hasPair = 0;
    problem.pairs.forEach((pair, index) => {
      if (usable[index] && degree[pair.mentee]++ === 0) hasPair++;
    });
    const maxMatches = Math.min(hasPair, slots);
    const benefits = pairBenefits(problem, objective, maxMatches);
    const scale = n + slots + 1;

    this.adjStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.adjStart[i + 1] = this.adjStart[i] + degree[i];
    const edges = this.adjStart[n];
    this.adjMentor = new Int32Array(edges);
    this.adjBenefit = new Float64Array(edges);
    this.adjPair = new Int32Array(edges);
    const fill = this.adjStart.slice(0, n);
    let maxBenefit = 0;
    problem.pairs.forEach((pair, index) => {
      if (!usable[index]) return;
      const e = fill[pair.mentee]++;
      this.adjMentor[e] = pair.mentor;
      this.adjBenefit[e] = benefits[index] * scale;
      this.adjPair[e] = index;
      maxBenefit = Math.max(maxBenefit, this.adjBenefit[e]);
    });
    if (maxBenefit > SAFE_BENEFIT_LIMIT) {
      throw new RangeError(
        `Assignment problem too large for exact integer arithmetic (${n} mentees, ${slots} places)`,
      );
    }
    this.maxBenefit = maxBenefit;

    const objects = slots + n;
    this.price = new Float64Array(objects);
    this.holder = new Int32Array(objects);
    this.menteeObject = new Int32Array(n);
    this.menteePair = new Int32Array(n);
    this.mentorMin = new Float64Array(m);
    this.mentorMinSlot = new Int32Array(m);
    this.mentorSecond = new Float64Array(m);
    this.heap = new Int32Array(n);
    let size = 1;
    while (size < m + 1) size *= 2;
    this.treeSize = size;
    this.tree = new Int32Array(2 * size);
    this.targetMin = new Float64Array(size).fill(Infinity);
    this.queue = new Int32Array(Math.max(n, 1));
  }

  /** Returns, per mentee, the index of its chosen pair or -1. */
  run(): Int32Array {
    const { n, m } = this;
    for (let i = 0; i < n; i++) this.heap[i] = i;
    for (let j = 0; j < m; j++) this.refreshMentor(j);
    for (let t = 0; t < this.treeSize; t++) this.tree[this.treeSize + t] = t;
    this.refreshPool();
    for (let node = this.treeSize - 1; node >= 1; node--) this.pullUp(node);

    let epsilon = Math.max(1, Math.floor(this.maxBenefit / EPSILON_FACTOR));
    for (;;) {
      this.epsilon = epsilon;
      this.runPhase();
      if (epsilon === 1) break;
      epsilon = Math.max(1, Math.floor(epsilon / EPSILON_FACTOR));
    }

    const chosen = new Int32Array(n).fill(NONE);
    for (let i = 0; i < n; i++)
      if (this.menteeObject[i] < this.slots) chosen[i] = this.menteePair[i];
    return chosen;
  }

  /** One auction phase at the current ε: everyone starts unassigned, prices carry over. */
  private runPhase(): void {
    this.holder.fill(NONE);
    this.menteeObject.fill(NONE);
    for (let i = 0; i < this.n; i++) this.queue[i] = i;
    this.queueHead = 0;
    this.queueLength = this.n;
    this.freePhantoms = this.slots;
    for (;;) {
      if (this.queueLength > 0) {
        const mentee = this.queue[this.queueHead];
        this.queueHead = this.queueHead + 1 === this.queue.length ? 0 : this.queueHead + 1;
        this.queueLength--;
        this.bidMentee(mentee);
      } else if (this.freePhantoms > 0) {
        this.freePhantoms--;
        this.bidPhantom();
      } else {
        return;
      }
    }
  }

  private bidMentee(i: number): void {
    const { adjMentor, adjBenefit, mentorMin } = this;
    let best = -INFINITY;
    let second = -INFINITY;
    let bestEdge = NONE;
    for (let e = this.adjStart[i], end = this.adjStart[i + 1]; e < end; e++) {
      const value = adjBenefit[e] - mentorMin[adjMentor[e]];
      if (value > best) {
        second = best;
        best = value;
        bestEdge = e;
      } else if (value > second) {
        second = value;
      }
    }
    const poolValue = -this.price[this.slots + this.heap[0]];
    let object: number;
    if (bestEdge !== NONE && best >= poolValue) {
      const mentor = adjMentor[bestEdge];
      second = max(second, adjBenefit[bestEdge] - this.mentorSecond[mentor], poolValue);
      object = this.mentorMinSlot[mentor];
      this.menteePair[i] = this.adjPair[bestEdge];
    } else {
      second = max(best, -this.poolSecondPrice());
      best = poolValue;
      object = this.slots + this.heap[0];
    }
    this.menteeObject[i] = object;
    this.award(object, i, best - second);
  }

  private bidPhantom(): void {
    const target = this.tree[1];
    const cheapest = this.targetMin[target];
    const second = min(
      target === this.m ? this.poolSecondPrice() : this.mentorSecond[target],
      this.cheapestOtherTarget(target),
    );
    const object = target === this.m ? this.slots + this.heap[0] : this.mentorMinSlot[target];
    this.award(object, PHANTOM, second - cheapest);
  }

  /**
   * Gives `object` to `bidder`, raising its price by the bidder's margin over its second-best
   * option plus ε (just ε when there is no second option), and evicts the previous holder.
   */
  private award(object: number, bidder: number, margin: number): void {
    const previous = this.holder[object];
    if (previous >= 0) {
      this.menteeObject[previous] = NONE;
      const tail = this.queueHead + this.queueLength;
      this.queue[tail >= this.queue.length ? tail - this.queue.length : tail] = previous;
      this.queueLength++;
    } else if (previous === PHANTOM) {
      this.freePhantoms++;
    }
    this.holder[object] = bidder;
    this.price[object] += (margin < INFINITY ? margin : 0) + this.epsilon;
    if (object < this.slots) {
      const mentor = this.slotMentor[object];
      this.refreshMentor(mentor);
      this.updateTarget(mentor);
    } else {
      this.siftDown(0);
      this.refreshPool();
      this.updateTarget(this.m);
    }
  }

  private refreshMentor(j: number): void {
    let cheapest = INFINITY;
    let second = INFINITY;
    let cheapestSlot = NONE;
    for (let s = this.slotStart[j], end = this.slotStart[j + 1]; s < end; s++) {
      const p = this.price[s];
      if (p < cheapest) {
        second = cheapest;
        cheapest = p;
        cheapestSlot = s;
      } else if (p < second) {
        second = p;
      }
    }
    this.mentorMin[j] = cheapest;
    this.mentorSecond[j] = second;
    this.mentorMinSlot[j] = cheapestSlot;
    this.targetMin[j] = cheapest;
  }

  private refreshPool(): void {
    this.targetMin[this.m] = this.n > 0 ? this.price[this.slots + this.heap[0]] : INFINITY;
  }

  private poolSecondPrice(): number {
    const { heap, price, slots, n } = this;
    if (n < 2) return INFINITY;
    return n === 2 ? price[slots + heap[1]] : min(price[slots + heap[1]], price[slots + heap[2]]);
  }

  /** Restores the heap after the price of the unit at `position` went up. */
  private siftDown(position: number): void {
    const { heap, price, slots, n } = this;
    const unit = heap[position];
    const key = price[slots + unit];
    for (;;) {
      let child = 2 * position + 1;
      if (child >= n) break;
      if (child + 1 < n && price[slots + heap[child + 1]] < price[slots + heap[child]]) child++;
      if (price[slots + heap[child]] >= key) break;
      heap[position] = heap[child];
      position = child;
    }
    heap[position] = unit;
  }

  private pullUp(node: number): void {
    const left = this.tree[2 * node];
    const right = this.tree[2 * node + 1];
    this.tree[node] = this.targetMin[right] < this.targetMin[left] ? right : left;
  }

  private updateTarget(target: number): void {
    for (let node = (this.treeSize + target) >> 1; node >= 1; node >>= 1) this.pullUp(node);
  }

  /** Cheapest object among targets other than `target`: the minima of the siblings on its path. */
  private cheapestOtherTarget(target: number): number {
    let best = INFINITY;
    for (let node = this.treeSize + target; node > 1; node >>= 1) {
      best = min(best, this.targetMin[this.tree[node ^ 1]]);
    }
    return best;
  }
}
