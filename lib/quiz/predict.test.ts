import { describe, expect, it } from "vitest";
import { buildPredictItems } from "./generators/predict";
import { derivePredictionAnswer, gradePrediction } from "./grade-prediction";
import { formatVirtualTime, runForPrediction } from "./run-prediction";

const PROGRAM = [
  "import threading, time",
  "def w(name, d):",
  "    time.sleep(d)",
  "    print(name)",
  'a = threading.Thread(target=w, args=("late", 0.5))',
  'b = threading.Thread(target=w, args=("early", 0.25))',
  "a.start(); b.start()",
  'print("started")',
  "a.join(); b.join()",
  'print("end")',
].join("\n");
const fence = (meta: string, code = PROGRAM) => `Text.\n\n\`\`\`python ${meta}\n${code}\n\`\`\`\n`;

describe("predict-the-output items", () => {
  it("makes an ordering item whose answer is the printed order and whose options are shuffled", () => {
    const { items, errors } = buildPredictItems(fence("sandbox predict=output"));
    expect(errors).toEqual([]);
    const [item] = items;
    expect(item).toMatchObject({ id: "predict-output-1", kind: "ordering", generator: "predict-output", program: { target: "output", block: 1 } });
    expect(item!.answer.map((i) => item!.options[i as number])).toEqual(["started", "early", "late", "end"]);
    expect(item!.options).not.toEqual(["started", "early", "late", "end"]);
  });

  it("makes a time item with four distinct options, one of them the run's total", () => {
    const [item] = buildPredictItems(fence("sandbox predict=time")).items;
    expect(item!.kind).toBe("single_choice");
    expect(new Set(item!.options).size).toBe(4);
    expect(item!.options[item!.answer[0] as number]).toBe("0.50 s");
  });

  it("numbers blocks among all sandbox fences and ignores plain ones", () => {
    const markdown = fence("sandbox", 'print("x")') + fence("", 'print("y")') + fence("sandbox predict");
    expect(buildPredictItems(markdown).items.map((i) => i.id)).toEqual(["predict-output-2", "predict-time-2"]);
  });

  it("reports programs that cannot make a fair item", () => {
    const problems = (code: string, meta = "sandbox predict") => buildPredictItems(fence(meta, code)).errors.map((e) => e.message);
    expect(problems("raise ValueError('x')")[0]).toMatch(/run without error/);
    expect(problems('print("one")', "sandbox predict=output")[0]).toMatch(/at least two lines/);
    expect(problems('print("a")\nprint("a")', "sandbox predict=output")[0]).toMatch(/two different/);
    expect(problems('print("a")\nprint("b")', "sandbox predict=time")[0]).toMatch(/at least 0.05 s/);
  });

  it("grades against a fresh run, and accepts either order of identical lines", () => {
    const code = 'print("x")\nprint("y")\nprint("x")';
    const [item] = buildPredictItems(fence("sandbox predict=output", code)).items;
    const run = runForPrediction(code);
    const xs = item!.options.flatMap((o, i) => (o === "x" ? [i] : []));
    const y = item!.options.indexOf("y");
    for (const order of [
      [xs[0], y, xs[1]],
      [xs[1], y, xs[0]],
    ]) {
      expect(gradePrediction(item!, { kind: "ordering", order: order as number[] }, run)).toMatchObject({ ok: true, correct: true });
    }
    expect(gradePrediction(item!, { kind: "ordering", order: [y, xs[0]!, xs[1]!] }, run)).toMatchObject({ ok: true, correct: false });
  });

  it("refuses to grade when the run no longer fits the item", () => {
    const [item] = buildPredictItems(fence("sandbox predict")).items;
    expect(derivePredictionAnswer(item!, { stdout: "other\n", exitCode: 0, totalTime: 0.5 })).toMatchObject({ ok: false });
    expect(derivePredictionAnswer(item!, { stdout: "", exitCode: 1, totalTime: 0.5 })).toMatchObject({ ok: false, error: expect.stringMatching(/exit status 1/) });
  });

  it("formats virtual time by magnitude", () => {
    expect([2, 0.5, 0.005].map(formatVirtualTime)).toEqual(["2.0 s", "0.50 s", "5.0 ms"]);
  });
});
