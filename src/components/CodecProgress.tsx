import type { ShownJob } from "./useCodecJob.ts";

/** A running codec job's progress bar and its Cancel button; nothing when none runs. */
export function CodecProgress({ job }: { job: ShownJob | null }) {
  if (!job) return null;
  const percent = job.fraction === null ? null : Math.round(job.fraction * 100);
  return (
    <div className="codec-progress">
      <progress
        aria-label={job.label}
        max={1}
        {...(job.fraction !== null && { value: job.fraction })}
      />
      <span aria-hidden="true">{percent === null ? "…" : `${percent}%`}</span>
      <button type="button" aria-label={`Cancel ${job.label.toLowerCase()}`} onClick={job.cancel}>
        Cancel
      </button>
    </div>
  );
}
