/** The codec worker: share links and RLE files of big grids, read and written off the page. */
export {
  type CodecWorld,
  decodeShareOffThread,
  encodeRleOffThread,
  encodeShareOffThread,
  SAVED_BY,
  worldRleRule,
} from "./codecJobs.ts";
export { CodecCancelled, type CodecJob } from "./startCodecJob.ts";
