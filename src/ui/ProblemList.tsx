import type { FileProblem } from '../app/load-reports';

/** Files that could not be shown, each with what is wrong with it. */
export function ProblemList({ failures }: { failures: FileProblem[] }) {
  if (failures.length === 0) return null;
  return (
    <section className="problems" role="alert" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {failures.length} {failures.length === 1 ? 'file was' : 'files were'} not loaded
      </h2>
      <ul>
        {failures.map((f) => (
          <li key={f.file}>
            <code>{f.file}</code>
            <ul>
              {f.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
