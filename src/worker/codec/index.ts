/** The codec worker: share links and RLE files of big grids, read and written off the page. */
export {
  type CodecWorld,
  decodeShareOffThread,
  encodeRleOffThread,
  encodeShareOffThread,
  identifyOffThread,
  isSavedBy,
  worldRleComments,
  worldRleRule,
} from "./codecJobs.ts";
export { CodecCancelled, type CodecJob } from "./startCodecJob.ts";
export { worldStatesRle } from "./worldStatesRle.ts";
