;; The bit-sliced Life-like kernel over 128-bit vectors: the algorithm of `stepBits.ts` with
;; four 32-bit words per v128. Built into src/kernels/wasm/generated/ by scripts/build-wasm.mjs.
;;
;; Memory, all written by WasmBand.ts:
;;   0..287    the rule's leaves as splatted vectors: K_n at 32n, D_n at 32n+16 (ruleLeaves.ts)
;;   288..303  the cell mask of a row's last vector (its padding bits 0)
;;   304..335  stepTile's results and the notes of prepareTiles (WasmTileKernel.ts)
;;   1024..    two bands laid out as BitLayout with lanes = 4: a row is `vecs` vectors, preceded
;;             by one lead vector whose lane 3 is the row's west ghost and whose lane 0 is the
;;             previous row's east ghost when the row has no padding; rows -1 and $height are
;;             the halo rows, read but never written here (the caller fills them).
;; Rows are read with unaligned loads 4 bytes before and after each vector, which line up each
;; lane with the word to its west and east: the carries between words need no shuffles.
(module
  (memory (export "memory") 1)

  ;; One generation of the band whose row 0 data starts at byte $src into the one at $dst, rows
  ;; 0..$height-1, reading the halo rows -1 and $height of $src. $wrap: columns wrap (a torus),
  ;; so the ghosts of $dst are filled afterwards.
  (func (export "step")
    (param $src i32) (param $dst i32) (param $vecs i32) (param $height i32)
    (param $stride i32) (param $wrap i32) (param $width i32)
    (local $k i32) (local $j i32) (local $p i32) (local $col i32) (local $out i32)
    (local $last i32)
    (local $mask v128) (local $c v128) (local $w v128) (local $e v128)
    (local $sideSum v128) (local $sideCarry v128) (local $down0 v128) (local $down1 v128)
    (local $up0 v128) (local $up1 v128) (local $mid0 v128) (local $mid1 v128)
    (local $side0 v128) (local $side1 v128) (local $centre v128)
    (local $t v128) (local $u v128) (local $carry0 v128) (local $carry1 v128) (local $carry2 v128)
    (local $n0 v128) (local $n1 v128) (local $n2 v128) (local $n3 v128)
    (local $m01 v128) (local $m23 v128) (local $m45 v128) (local $m67 v128)

    (local.set $last (i32.sub (local.get $vecs) (i32.const 1)))

    (local.set $k (i32.const 0))
    (loop $columns
      (local.set $col (i32.shl (local.get $k) (i32.const 4)))
      (local.set $mask
        (select
          (v128.load offset=288 (i32.const 0))
          (v128.const i32x4 -1 -1 -1 -1)
          (i32.eq (local.get $k) (local.get $last))))
      (local.set $up0 (v128.const i32x4 0 0 0 0))
      (local.set $up1 (v128.const i32x4 0 0 0 0))
      (local.set $mid0 (v128.const i32x4 0 0 0 0))
      (local.set $mid1 (v128.const i32x4 0 0 0 0))
      (local.set $side0 (v128.const i32x4 0 0 0 0))
      (local.set $side1 (v128.const i32x4 0 0 0 0))
      (local.set $centre (v128.const i32x4 0 0 0 0))

      ;; Input rows -1..height (the halos at both ends); output row j-1 is ready once row j
      ;; has been read. $p: 4 bytes before this column's vector in input row j.
      (local.set $j (i32.const -1))
      (local.set $p
        (i32.sub
          (i32.add (i32.sub (local.get $src) (local.get $stride)) (local.get $col))
          (i32.const 4)))
      (loop $rows
        (local.set $c (v128.load offset=4 align=4 (local.get $p)))
        (local.set $w
          (v128.or
            (i32x4.shl (local.get $c) (i32.const 1))
            (i32x4.shr_u (v128.load align=4 (local.get $p)) (i32.const 31))))
        (local.set $e
          (v128.or
            (i32x4.shr_u (local.get $c) (i32.const 1))
            (i32x4.shl (v128.load offset=8 align=4 (local.get $p)) (i32.const 31))))
        (local.set $sideSum (v128.xor (local.get $w) (local.get $e)))
        (local.set $sideCarry (v128.and (local.get $w) (local.get $e)))
        (local.set $down0 (v128.xor (local.get $sideSum) (local.get $c)))
        (local.set $down1
          (v128.or (local.get $sideCarry) (v128.and (local.get $sideSum) (local.get $c))))

        (if (i32.ge_s (local.get $j) (i32.const 1))
          (then
            ;; ones: up0 + side0 + down0
            (local.set $t (v128.xor (local.get $up0) (local.get $side0)))
            (local.set $n0 (v128.xor (local.get $t) (local.get $down0)))
            (local.set $carry0
              (v128.or
                (v128.and (local.get $up0) (local.get $side0))
                (v128.and (local.get $t) (local.get $down0))))
            ;; twos: up1 + side1 + down1 + carry0
            (local.set $t (v128.xor (local.get $up1) (local.get $side1)))
            (local.set $u (v128.xor (local.get $t) (local.get $down1)))
            (local.set $carry1
              (v128.or
                (v128.and (local.get $up1) (local.get $side1))
                (v128.and (local.get $t) (local.get $down1))))
            (local.set $n1 (v128.xor (local.get $u) (local.get $carry0)))
            (local.set $carry2 (v128.and (local.get $u) (local.get $carry0)))
            ;; fours and eight: carry1 + carry2
            (local.set $n2 (v128.xor (local.get $carry1) (local.get $carry2)))
            (local.set $n3 (v128.and (local.get $carry1) (local.get $carry2)))

            ;; The leaf for count n is K_n ^ (D_n & centre); the count bits select among them.
            (local.set $m01
              (v128.bitselect
                (v128.xor (v128.load offset=32 (i32.const 0))
                  (v128.and (v128.load offset=48 (i32.const 0)) (local.get $centre)))
                (v128.xor (v128.load offset=0 (i32.const 0))
                  (v128.and (v128.load offset=16 (i32.const 0)) (local.get $centre)))
                (local.get $n0)))
            (local.set $m23
              (v128.bitselect
                (v128.xor (v128.load offset=96 (i32.const 0))
                  (v128.and (v128.load offset=112 (i32.const 0)) (local.get $centre)))
                (v128.xor (v128.load offset=64 (i32.const 0))
                  (v128.and (v128.load offset=80 (i32.const 0)) (local.get $centre)))
                (local.get $n0)))
            (local.set $m45
              (v128.bitselect
                (v128.xor (v128.load offset=160 (i32.const 0))
                  (v128.and (v128.load offset=176 (i32.const 0)) (local.get $centre)))
                (v128.xor (v128.load offset=128 (i32.const 0))
                  (v128.and (v128.load offset=144 (i32.const 0)) (local.get $centre)))
                (local.get $n0)))
            (local.set $m67
              (v128.bitselect
                (v128.xor (v128.load offset=224 (i32.const 0))
                  (v128.and (v128.load offset=240 (i32.const 0)) (local.get $centre)))
                (v128.xor (v128.load offset=192 (i32.const 0))
                  (v128.and (v128.load offset=208 (i32.const 0)) (local.get $centre)))
                (local.get $n0)))
            (local.set $m01 (v128.bitselect (local.get $m23) (local.get $m01) (local.get $n1)))
            (local.set $m45 (v128.bitselect (local.get $m67) (local.get $m45) (local.get $n1)))
            (local.set $m01 (v128.bitselect (local.get $m45) (local.get $m01) (local.get $n2)))
            (local.set $m01
              (v128.bitselect
                (v128.xor (v128.load offset=256 (i32.const 0))
                  (v128.and (v128.load offset=272 (i32.const 0)) (local.get $centre)))
                (local.get $m01)
                (local.get $n3)))
            (v128.store align=4
              (i32.add
                (i32.add (local.get $dst) (i32.mul (i32.sub (local.get $j) (i32.const 1)) (local.get $stride)))
                (local.get $col))
              (v128.and (local.get $m01) (local.get $mask)))))

        (local.set $up0 (local.get $mid0))
        (local.set $up1 (local.get $mid1))
        (local.set $mid0 (local.get $down0))
        (local.set $mid1 (local.get $down1))
        (local.set $side0 (local.get $sideSum))
        (local.set $side1 (local.get $sideCarry))
        (local.set $centre (local.get $c))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $rows (i32.le_s (local.get $j) (local.get $height))))

      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $columns (i32.lt_u (local.get $k) (local.get $vecs))))

    (if (local.get $wrap)
      (then (call $wrapGhosts (local.get $dst) (local.get $height) (local.get $stride) (local.get $width)))))

;; The live cells of rows 0..$height-1 of the band whose row 0 data starts at byte $src: each
  ;; vector's bytes counted by i8x16.popcnt and widened into four 32-bit sums; a row's last
  ;; vector is masked (its padding may hold the east ghost). countBits.ts counts the same.
  (func (export "count")
    (param $src i32) (param $vecs i32) (param $height i32) (param $stride i32) (result i32)
    (local $row i32) (local $end i32) (local $p i32) (local $last i32) (local $sum v128)
    (local.set $row (local.get $src))
    (local.set $end (i32.add (local.get $src) (i32.mul (local.get $height) (local.get $stride))))
    (block $done
      (br_if $done (i32.eqz (local.get $height)))
      (loop $rows
        (local.set $p (local.get $row))
        (local.set $last (i32.add (local.get $row) (i32.shl (i32.sub (local.get $vecs) (i32.const 1)) (i32.const 4))))
        (loop $columns
          (local.set $sum
            (i32x4.add
              (local.get $sum)
              (i32x4.extadd_pairwise_i16x8_u
                (i16x8.extadd_pairwise_i8x16_u
                  (i8x16.popcnt
                    (v128.and
                      (v128.load align=4 (local.get $p))
                      (select
                        (v128.load offset=288 (i32.const 0))
                        (v128.const i32x4 -1 -1 -1 -1)
                        (i32.eq (local.get $p) (local.get $last)))))))))
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br_if $columns (i32.le_u (local.get $p) (local.get $last))))
        (local.set $row (i32.add (local.get $row) (local.get $stride)))
        (br_if $rows (i32.lt_u (local.get $row) (local.get $end)))))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $sum)) (i32x4.extract_lane 1 (local.get $sum)))
      (i32.add (i32x4.extract_lane 2 (local.get $sum)) (i32x4.extract_lane 3 (local.get $sum)))))

    ;; Copies each row's columns width-1 and 0 into its west and east ghosts (wrapGhosts.ts).
  ;; Exported for the rule-table kernels (src/kernels/table), whose step leaves it to this.
  (func $wrapGhosts (export "wrapGhosts")
    (param $grid i32) (param $height i32) (param $stride i32) (param $width i32)
    (local $row i32) (local $end i32) (local $lastWord i32) (local $lastBit i32)
    (local $ghostWord i32) (local $ghostBit i32) (local $ghost i32)
    (local.set $lastWord (i32.shl (i32.shr_u (i32.sub (local.get $width) (i32.const 1)) (i32.const 5)) (i32.const 2)))
    (local.set $lastBit (i32.and (i32.sub (local.get $width) (i32.const 1)) (i32.const 31)))
    (local.set $ghostWord (i32.shl (i32.shr_u (local.get $width) (i32.const 5)) (i32.const 2)))
    (local.set $ghostBit (i32.shl (i32.const 1) (i32.and (local.get $width) (i32.const 31))))
    (local.set $row (local.get $grid))
    (local.set $end (i32.add (local.get $grid) (i32.mul (local.get $height) (local.get $stride))))
    (loop $rows
      (i32.store
        (i32.sub (local.get $row) (i32.const 4))
        (i32.shl
          (i32.shr_u (i32.load (i32.add (local.get $row) (local.get $lastWord))) (local.get $lastBit))
          (i32.const 31)))
      (local.set $ghost (i32.add (local.get $row) (local.get $ghostWord)))
      (i32.store
        (local.get $ghost)
        (i32.or
          (i32.and (i32.load (local.get $ghost)) (i32.xor (local.get $ghostBit) (i32.const -1)))
          (i32.and
            (local.get $ghostBit)
            (i32.sub (i32.const 0) (i32.and (i32.load (local.get $row)) (i32.const 1))))))
      (local.set $row (i32.add (local.get $row) (local.get $stride)))
      (br_if $rows (i32.lt_u (local.get $row) (local.get $end)))))

  ;; One generation of a 128-cell-wide tile of the infinite plane (src/universe/tiles): $rows
  ;; rows of one vector each, row y at byte 16y of its buffer. $c is the tile, $north ..
  ;; $southEast its eight neighbours at the same generation (an all-zero buffer where there is
  ;; none); the next generation goes to $dst, which may be $prev (never $c). A row's west and
  ;; east words come by shuffles with the neighbouring tiles' rows rather than by unaligned
  ;; loads, which would cross buffers.
  ;; Only output rows [$from, $to) are computed: the caller knows that the others cannot have
  ;; changed since $c (nothing around them changed in the generation before: they are as in $c
  ;; and as they were in $prev), and they are copied from $c.
  ;; It also describes the result for the tiled stepper's skipping, at byte 304 on: three sets
  ;; of edge bits (see `edgeBits`), of the live cells of $dst, of the cells that differ from $c
  ;; (one generation before) and of those that differ from $prev (two before); then the first
  ;; and last rows that differ from $c (-1 when none). Its population is left to `count`, asked
  ;; only when it is wanted.
  ;; Where prepareTiles found the rule's leaves for counts 4 to 8, or 0 and 1, to be one (in
  ;; Life they are death), the row loop chooses that leaf at once: a fifth fewer operations a
  ;; row, which with the shuffles and comparisons makes it cheaper a row than `step`. Where
  ;; both are zero (Life, and every rule whose births and survivals are among 2 and 3), a loop
  ;; of its own reads only the leaves of 2 and 3, masked by the count's being 2 or 3, and has
  ;; no branch: it takes about half the time a row of the loop for the other rules.
  (func $stepTile (export "stepTile")
    (param $c i32) (param $north i32) (param $south i32) (param $west i32) (param $east i32)
    (param $northWest i32) (param $northEast i32) (param $southWest i32) (param $southEast i32)
    (param $dst i32) (param $prev i32) (param $rows i32) (param $from i32) (param $to i32)
    (local $first i32) (local $lastChanged i32) (local $d2 v128)
    (local $prevFirst v128) (local $prevLast v128)
    (local $j i32) (local $off i32) (local $last i32) (local $pc i32) (local $pw i32) (local $pe i32)
    (local $c0 v128) (local $w v128) (local $e v128)
    (local $sideSum v128) (local $sideCarry v128) (local $down0 v128) (local $down1 v128)
    (local $up0 v128) (local $up1 v128) (local $mid0 v128) (local $mid1 v128)
    (local $side0 v128) (local $side1 v128) (local $centre v128)
    (local $t v128) (local $u v128) (local $carry0 v128) (local $carry1 v128) (local $carry2 v128)
    (local $n0 v128) (local $n1 v128) (local $n2 v128) (local $n3 v128)
    (local $m01 v128) (local $m23 v128) (local $m45 v128) (local $m67 v128)
    (local $occ v128) (local $acc1 v128) (local $acc2 v128)
    (local $firstOcc v128) (local $lastOcc v128) (local $highShared i32) (local $lowShared i32)
    (local $zeroOutside i32) (local $above i32) (local $stop i32)

    (local.set $last (i32.shl (i32.sub (local.get $rows) (i32.const 1)) (i32.const 4)))
    (local.set $highShared (i32.load offset=324 (i32.const 0)))
    (local.set $lowShared (i32.load offset=328 (i32.const 0)))
    (local.set $zeroOutside (i32.load offset=332 (i32.const 0)))
    (local.set $acc1 (v128.const i32x4 0 0 0 0))
    (local.set $acc2 (v128.const i32x4 0 0 0 0))
    (local.set $up0 (v128.const i32x4 0 0 0 0))
    (local.set $up1 (v128.const i32x4 0 0 0 0))
    (local.set $mid0 (v128.const i32x4 0 0 0 0))
    (local.set $mid1 (v128.const i32x4 0 0 0 0))
    (local.set $side0 (v128.const i32x4 0 0 0 0))
    (local.set $side1 (v128.const i32x4 0 0 0 0))
    (local.set $centre (v128.const i32x4 0 0 0 0))
    (local.set $first (i32.const -1))
    (local.set $lastChanged (i32.const -1))
    ;; $dst may be $prev: each row of $prev is read before it is overwritten.
    (local.set $prevFirst (v128.load (local.get $prev)))
    (local.set $prevLast (v128.load (i32.add (local.get $prev) (local.get $last))))
    (if (i32.gt_s (local.get $from) (i32.const 0))
      (then
        (local.set $occ (call $copyRows (local.get $c) (local.get $dst) (i32.const 0) (local.get $from)))))
    (if (i32.lt_s (local.get $to) (local.get $rows))
      (then
        (local.set $occ
          (v128.or
            (local.get $occ)
            (call $copyRows (local.get $c) (local.get $dst) (local.get $to) (local.get $rows))))))
    ;; Input rows $from-1..$to: row -1 is the last row of the tiles above, row $rows the first
    ;; of those below; output row j-1 is ready once row j has been read. The first two input
    ;; rows are read before the loop, and the loop is written once for the rules whose leaves
    ;; are zero outside counts 2 and 3 and once for the others, so that the first has no
    ;; branch. The row above an output row is rebuilt from the middle row's sums rather than
    ;; carried: fewer vectors stay live, and fewer registers are spilled.
    (if (i32.lt_s (local.get $from) (local.get $to))
      (then
        (local.set $j (i32.sub (local.get $from) (i32.const 1)))
        (loop $first
          (local.set $off (i32.shl (local.get $j) (i32.const 4)))
          (local.set $above (i32.lt_s (local.get $j) (i32.const 0)))
          (local.set $pc
            (select
              (i32.add (local.get $north) (local.get $last))
              (i32.add (local.get $c) (local.get $off))
              (local.get $above)))
          (local.set $pw
            (select
              (i32.add (local.get $northWest) (local.get $last))
              (i32.add (local.get $west) (local.get $off))
              (local.get $above)))
          (local.set $pe
            (select
              (i32.add (local.get $northEast) (local.get $last))
              (i32.add (local.get $east) (local.get $off))
              (local.get $above)))
          (local.set $c0 (v128.load (local.get $pc)))
          ;; West: each lane shifted up by one, bit 31 of the lane to its west shifted in (lane 0's
          ;; from lane 3 of the west tile's row); east likewise the other way.
          (local.set $w
            (v128.or
              (i32x4.shl (local.get $c0) (i32.const 1))
              (i32x4.shr_u
                (i8x16.shuffle 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27
                  (v128.load (local.get $pw)) (local.get $c0))
                (i32.const 31))))
          (local.set $e
            (v128.or
              (i32x4.shr_u (local.get $c0) (i32.const 1))
              (i32x4.shl
                (i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
                  (local.get $c0) (v128.load (local.get $pe)))
                (i32.const 31))))
          (local.set $sideSum (v128.xor (local.get $w) (local.get $e)))
          (local.set $sideCarry (v128.and (local.get $w) (local.get $e)))
          (local.set $down0 (v128.xor (local.get $sideSum) (local.get $c0)))
          (local.set $down1
            (v128.or (local.get $sideCarry) (v128.and (local.get $sideSum) (local.get $c0))))
          (local.set $up0 (v128.xor (local.get $side0) (local.get $centre)))
          (local.set $up1
            (v128.or (local.get $side1) (v128.and (local.get $side0) (local.get $centre))))
          (local.set $side0 (local.get $sideSum))
          (local.set $side1 (local.get $sideCarry))
          (local.set $centre (local.get $c0))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $first (i32.le_s (local.get $j) (local.get $from))))
        ;; The loop's input row j: its own rows up to $stop, then, in a second pass of one row,
        ;; the first row of the tiles below.
        (local.set $off (i32.shl (local.get $j) (i32.const 4)))
        (local.set $pc (i32.add (local.get $c) (local.get $off)))
        (local.set $pw (i32.add (local.get $west) (local.get $off)))
        (local.set $pe (i32.add (local.get $east) (local.get $off)))
        (local.set $stop
          (select
            (local.get $to)
            (i32.sub (local.get $rows) (i32.const 1))
            (i32.lt_s (local.get $to) (local.get $rows))))
        (if (local.get $zeroOutside)
          (then
            (loop $zeroLoopPass
              (if (i32.eq (local.get $j) (local.get $rows))
                (then
                  (local.set $pc (local.get $south))
                  (local.set $pw (local.get $southWest))
                  (local.set $pe (local.get $southEast))))
              (block $zeroDone
              (loop $zeroLoop
                (local.set $c0 (v128.load (local.get $pc)))
                ;; West: each lane shifted up by one, bit 31 of the lane to its west shifted in
                ;; (lane 0's from lane 3 of the west tile's row); east likewise the other way.
                (local.set $w
                  (v128.or
                    (i32x4.shl (local.get $c0) (i32.const 1))
                    (i32x4.shr_u
                      (i8x16.shuffle 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27
                        (v128.load (local.get $pw)) (local.get $c0))
                      (i32.const 31))))
                (local.set $e
                  (v128.or
                    (i32x4.shr_u (local.get $c0) (i32.const 1))
                    (i32x4.shl
                      (i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
                        (local.get $c0) (v128.load (local.get $pe)))
                      (i32.const 31))))
                (local.set $sideSum (v128.xor (local.get $w) (local.get $e)))
                (local.set $sideCarry (v128.and (local.get $w) (local.get $e)))
                (local.set $down0 (v128.xor (local.get $sideSum) (local.get $c0)))
                (local.set $down1
                  (v128.or (local.get $sideCarry) (v128.and (local.get $sideSum) (local.get $c0))))
                ;; The count's bits n0 and n1, and carry1 (set for some counts of 4 or more).
                (local.set $t (v128.xor (local.get $up0) (local.get $side0)))
                (local.set $n0 (v128.xor (local.get $t) (local.get $down0)))
                (local.set $carry0
                  (v128.or
                    (v128.and (local.get $up0) (local.get $side0))
                    (v128.and (local.get $t) (local.get $down0))))
                (local.set $t (v128.xor (local.get $up1) (local.get $side1)))
                (local.set $u (v128.xor (local.get $t) (local.get $down1)))
                (local.set $carry1
                  (v128.or
                    (v128.and (local.get $up1) (local.get $side1))
                    (v128.and (local.get $t) (local.get $down1))))
                (local.set $n1 (v128.xor (local.get $u) (local.get $carry0)))
                ;; Only counts 2 and 3 can make a live cell: their leaf, where n1 is set and carry1
                ;; is not (carry2, the other way to 4 or more, leaves n1 clear).
                (local.set $m01
                  (v128.and
                    (v128.bitselect
                      (v128.xor (v128.load offset=96 (i32.const 0))
                        (v128.and (v128.load offset=112 (i32.const 0)) (local.get $centre)))
                      (v128.xor (v128.load offset=64 (i32.const 0))
                        (v128.and (v128.load offset=80 (i32.const 0)) (local.get $centre)))
                      (local.get $n0))
                    (v128.andnot (local.get $n1) (local.get $carry1))))
                ;; Output row j-1: store it, and compare it with the same row one and two
                ;; generations before.
                (local.set $off (i32.sub (i32.shl (local.get $j) (i32.const 4)) (i32.const 16)))
                (local.set $d2
                  (v128.xor (local.get $m01) (v128.load (i32.add (local.get $prev) (local.get $off)))))
                (v128.store (i32.add (local.get $dst) (local.get $off)) (local.get $m01))
                (local.set $acc2 (v128.or (local.get $acc2) (local.get $d2)))
                (local.set $occ (v128.or (local.get $occ) (local.get $m01)))
                (local.set $acc1
                  (v128.or (local.get $acc1) (v128.xor (local.get $m01) (local.get $centre))))
                (local.set $up0 (v128.xor (local.get $side0) (local.get $centre)))
                (local.set $up1
                  (v128.or (local.get $side1) (v128.and (local.get $side0) (local.get $centre))))
                (local.set $side0 (local.get $sideSum))
                (local.set $side1 (local.get $sideCarry))
                (local.set $centre (local.get $c0))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (local.set $pc (i32.add (local.get $pc) (i32.const 16)))
                (local.set $pw (i32.add (local.get $pw) (i32.const 16)))
                (local.set $pe (i32.add (local.get $pe) (i32.const 16)))
                ;; The same again for the next row: two rows a turn halve the costs of the loop
                ;; itself (V8 checks the stack at every turn): 6-9% of a row's time.
                (br_if $zeroDone (i32.gt_s (local.get $j) (local.get $stop)))
                (local.set $c0 (v128.load (local.get $pc)))
                ;; West: each lane shifted up by one, bit 31 of the lane to its west shifted in
                ;; (lane 0's from lane 3 of the west tile's row); east likewise the other way.
                (local.set $w
                  (v128.or
                    (i32x4.shl (local.get $c0) (i32.const 1))
                    (i32x4.shr_u
                      (i8x16.shuffle 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27
                        (v128.load (local.get $pw)) (local.get $c0))
                      (i32.const 31))))
                (local.set $e
                  (v128.or
                    (i32x4.shr_u (local.get $c0) (i32.const 1))
                    (i32x4.shl
                      (i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
                        (local.get $c0) (v128.load (local.get $pe)))
                      (i32.const 31))))
                (local.set $sideSum (v128.xor (local.get $w) (local.get $e)))
                (local.set $sideCarry (v128.and (local.get $w) (local.get $e)))
                (local.set $down0 (v128.xor (local.get $sideSum) (local.get $c0)))
                (local.set $down1
                  (v128.or (local.get $sideCarry) (v128.and (local.get $sideSum) (local.get $c0))))
                ;; The count's bits n0 and n1, and carry1 (set for some counts of 4 or more).
                (local.set $t (v128.xor (local.get $up0) (local.get $side0)))
                (local.set $n0 (v128.xor (local.get $t) (local.get $down0)))
                (local.set $carry0
                  (v128.or
                    (v128.and (local.get $up0) (local.get $side0))
                    (v128.and (local.get $t) (local.get $down0))))
                (local.set $t (v128.xor (local.get $up1) (local.get $side1)))
                (local.set $u (v128.xor (local.get $t) (local.get $down1)))
                (local.set $carry1
                  (v128.or
                    (v128.and (local.get $up1) (local.get $side1))
                    (v128.and (local.get $t) (local.get $down1))))
                (local.set $n1 (v128.xor (local.get $u) (local.get $carry0)))
                ;; Only counts 2 and 3 can make a live cell: their leaf, where n1 is set and carry1
                ;; is not (carry2, the other way to 4 or more, leaves n1 clear).
                (local.set $m01
                  (v128.and
                    (v128.bitselect
                      (v128.xor (v128.load offset=96 (i32.const 0))
                        (v128.and (v128.load offset=112 (i32.const 0)) (local.get $centre)))
                      (v128.xor (v128.load offset=64 (i32.const 0))
                        (v128.and (v128.load offset=80 (i32.const 0)) (local.get $centre)))
                      (local.get $n0))
                    (v128.andnot (local.get $n1) (local.get $carry1))))
                ;; Output row j-1: store it, and compare it with the same row one and two
                ;; generations before.
                (local.set $off (i32.sub (i32.shl (local.get $j) (i32.const 4)) (i32.const 16)))
                (local.set $d2
                  (v128.xor (local.get $m01) (v128.load (i32.add (local.get $prev) (local.get $off)))))
                (v128.store (i32.add (local.get $dst) (local.get $off)) (local.get $m01))
                (local.set $acc2 (v128.or (local.get $acc2) (local.get $d2)))
                (local.set $occ (v128.or (local.get $occ) (local.get $m01)))
                (local.set $acc1
                  (v128.or (local.get $acc1) (v128.xor (local.get $m01) (local.get $centre))))
                (local.set $up0 (v128.xor (local.get $side0) (local.get $centre)))
                (local.set $up1
                  (v128.or (local.get $side1) (v128.and (local.get $side0) (local.get $centre))))
                (local.set $side0 (local.get $sideSum))
                (local.set $side1 (local.get $sideCarry))
                (local.set $centre (local.get $c0))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (local.set $pc (i32.add (local.get $pc) (i32.const 16)))
                (local.set $pw (i32.add (local.get $pw) (i32.const 16)))
                (local.set $pe (i32.add (local.get $pe) (i32.const 16)))
                (br_if $zeroLoop (i32.le_s (local.get $j) (local.get $stop)))))
              (local.set $stop (local.get $to))
              (br_if $zeroLoopPass (i32.le_s (local.get $j) (local.get $to)))))
          (else
            (loop $anyLoopPass
              (if (i32.eq (local.get $j) (local.get $rows))
                (then
                  (local.set $pc (local.get $south))
                  (local.set $pw (local.get $southWest))
                  (local.set $pe (local.get $southEast))))
              (loop $anyLoop
                (local.set $c0 (v128.load (local.get $pc)))
                ;; West: each lane shifted up by one, bit 31 of the lane to its west shifted in
                ;; (lane 0's from lane 3 of the west tile's row); east likewise the other way.
                (local.set $w
                  (v128.or
                    (i32x4.shl (local.get $c0) (i32.const 1))
                    (i32x4.shr_u
                      (i8x16.shuffle 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27
                        (v128.load (local.get $pw)) (local.get $c0))
                      (i32.const 31))))
                (local.set $e
                  (v128.or
                    (i32x4.shr_u (local.get $c0) (i32.const 1))
                    (i32x4.shl
                      (i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
                        (local.get $c0) (v128.load (local.get $pe)))
                      (i32.const 31))))
                (local.set $sideSum (v128.xor (local.get $w) (local.get $e)))
                (local.set $sideCarry (v128.and (local.get $w) (local.get $e)))
                (local.set $down0 (v128.xor (local.get $sideSum) (local.get $c0)))
                (local.set $down1
                  (v128.or (local.get $sideCarry) (v128.and (local.get $sideSum) (local.get $c0))))
                ;; The count's bits: n0 and n1, and carry1 | carry2 where it is 4 or more.
                (local.set $t (v128.xor (local.get $up0) (local.get $side0)))
                (local.set $n0 (v128.xor (local.get $t) (local.get $down0)))
                (local.set $carry0
                  (v128.or
                    (v128.and (local.get $up0) (local.get $side0))
                    (v128.and (local.get $t) (local.get $down0))))
                (local.set $t (v128.xor (local.get $up1) (local.get $side1)))
                (local.set $u (v128.xor (local.get $t) (local.get $down1)))
                (local.set $carry1
                  (v128.or
                    (v128.and (local.get $up1) (local.get $side1))
                    (v128.and (local.get $t) (local.get $down1))))
                (local.set $n1 (v128.xor (local.get $u) (local.get $carry0)))
                (local.set $carry2 (v128.and (local.get $u) (local.get $carry0)))
                ;; Counts 0 and 1 likewise (Life's: death).
                (if (local.get $lowShared)
                  (then
                    (local.set $m01
                      (v128.xor (v128.load offset=0 (i32.const 0))
                        (v128.and (v128.load offset=16 (i32.const 0)) (local.get $centre)))))
                  (else
                    (local.set $m01
                      (v128.bitselect
                        (v128.xor (v128.load offset=32 (i32.const 0))
                          (v128.and (v128.load offset=48 (i32.const 0)) (local.get $centre)))
                        (v128.xor (v128.load offset=0 (i32.const 0))
                          (v128.and (v128.load offset=16 (i32.const 0)) (local.get $centre)))
                        (local.get $n0)))))
                (local.set $m23
                  (v128.bitselect
                    (v128.xor (v128.load offset=96 (i32.const 0))
                      (v128.and (v128.load offset=112 (i32.const 0)) (local.get $centre)))
                    (v128.xor (v128.load offset=64 (i32.const 0))
                      (v128.and (v128.load offset=80 (i32.const 0)) (local.get $centre)))
                    (local.get $n0)))
                (local.set $m01 (v128.bitselect (local.get $m23) (local.get $m01) (local.get $n1)))
                ;; Counts 4 to 8 (n2 or n3 set) share one leaf in most rules (Life's: death): then
                ;; it is chosen at once, without the leaves of 5 to 8.
                (if (local.get $highShared)
                  (then
                    (local.set $m01
                      (v128.bitselect
                        (v128.xor (v128.load offset=128 (i32.const 0))
                          (v128.and (v128.load offset=144 (i32.const 0)) (local.get $centre)))
                        (local.get $m01)
                        (v128.or (local.get $carry1) (local.get $carry2)))))
                  (else
                    (local.set $n2 (v128.xor (local.get $carry1) (local.get $carry2)))
                    (local.set $n3 (v128.and (local.get $carry1) (local.get $carry2)))
                    (local.set $m45
                      (v128.bitselect
                        (v128.xor (v128.load offset=160 (i32.const 0))
                          (v128.and (v128.load offset=176 (i32.const 0)) (local.get $centre)))
                        (v128.xor (v128.load offset=128 (i32.const 0))
                          (v128.and (v128.load offset=144 (i32.const 0)) (local.get $centre)))
                        (local.get $n0)))
                    (local.set $m67
                      (v128.bitselect
                        (v128.xor (v128.load offset=224 (i32.const 0))
                          (v128.and (v128.load offset=240 (i32.const 0)) (local.get $centre)))
                        (v128.xor (v128.load offset=192 (i32.const 0))
                          (v128.and (v128.load offset=208 (i32.const 0)) (local.get $centre)))
                        (local.get $n0)))
                    (local.set $m45 (v128.bitselect (local.get $m67) (local.get $m45) (local.get $n1)))
                    (local.set $m01 (v128.bitselect (local.get $m45) (local.get $m01) (local.get $n2)))
                    (local.set $m01
                      (v128.bitselect
                        (v128.xor (v128.load offset=256 (i32.const 0))
                          (v128.and (v128.load offset=272 (i32.const 0)) (local.get $centre)))
                        (local.get $m01)
                        (local.get $n3)))))
                ;; Output row j-1: store it, and compare it with the same row one and two
                ;; generations before.
                (local.set $off (i32.sub (i32.shl (local.get $j) (i32.const 4)) (i32.const 16)))
                (local.set $d2
                  (v128.xor (local.get $m01) (v128.load (i32.add (local.get $prev) (local.get $off)))))
                (v128.store (i32.add (local.get $dst) (local.get $off)) (local.get $m01))
                (local.set $acc2 (v128.or (local.get $acc2) (local.get $d2)))
                (local.set $occ (v128.or (local.get $occ) (local.get $m01)))
                (local.set $acc1
                  (v128.or (local.get $acc1) (v128.xor (local.get $m01) (local.get $centre))))
                (local.set $up0 (v128.xor (local.get $side0) (local.get $centre)))
                (local.set $up1
                  (v128.or (local.get $side1) (v128.and (local.get $side0) (local.get $centre))))
                (local.set $side0 (local.get $sideSum))
                (local.set $side1 (local.get $sideCarry))
                (local.set $centre (local.get $c0))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (local.set $pc (i32.add (local.get $pc) (i32.const 16)))
                (local.set $pw (i32.add (local.get $pw) (i32.const 16)))
                (local.set $pe (i32.add (local.get $pe) (i32.const 16)))
                (br_if $anyLoop (i32.le_s (local.get $j) (local.get $stop))))
              (local.set $stop (local.get $to))
              (br_if $anyLoopPass (i32.le_s (local.get $j) (local.get $to))))))))
    ;; The first and last rows again, for the edges.
    (local.set $firstOcc (v128.load (local.get $dst)))
    (local.set $lastOcc (v128.load (i32.add (local.get $dst) (local.get $last))))
    (i32.store offset=304 (i32.const 0)
      (call $edgeBits (local.get $occ) (local.get $firstOcc) (local.get $lastOcc)))
    (i32.store offset=308 (i32.const 0)
      (call $edgeBits
        (local.get $acc1)
        (v128.xor (local.get $firstOcc) (v128.load (local.get $c)))
        (v128.xor (local.get $lastOcc) (v128.load (i32.add (local.get $c) (local.get $last))))))
    (i32.store offset=312 (i32.const 0)
      (call $edgeBits
        (local.get $acc2)
        (v128.xor (local.get $firstOcc) (local.get $prevFirst))
        (v128.xor (local.get $lastOcc) (local.get $prevLast))))
;; The first and last rows that changed, found afterwards from both ends of [$from, $to):
    ;; tracked row by row in the loop, they cost a third of the time.
    (if (v128.any_true (local.get $acc1))
      (then
        (local.set $first (local.get $from))
        (loop $down
          (if (i32.eqz
                (v128.any_true
                  (v128.xor
                    (v128.load (i32.add (local.get $dst) (i32.shl (local.get $first) (i32.const 4))))
                    (v128.load (i32.add (local.get $c) (i32.shl (local.get $first) (i32.const 4)))))))
            (then
              (local.set $first (i32.add (local.get $first) (i32.const 1)))
              (br $down))))
        (local.set $lastChanged (i32.sub (local.get $to) (i32.const 1)))
        (loop $up
          (if (i32.eqz
                (v128.any_true
                  (v128.xor
                    (v128.load (i32.add (local.get $dst) (i32.shl (local.get $lastChanged) (i32.const 4))))
                    (v128.load (i32.add (local.get $c) (i32.shl (local.get $lastChanged) (i32.const 4)))))))
            (then
              (local.set $lastChanged (i32.sub (local.get $lastChanged) (i32.const 1)))
              (br $up))))))
    (i32.store offset=316 (i32.const 0) (local.get $first))
    (i32.store offset=320 (i32.const 0) (local.get $lastChanged)))

;; Steps the $count tiles of the step records (TileKernel.ts) from byte $list on, 80 bytes
  ;; each: the word offsets of the tile, of its eight neighbours, of dst and of prev, then from
  ;; and to (see `stepTile`); each record then gets stepTile's description of its result, words
  ;; 13 to 17. One call for a generation's tiles rather than one a tile.
  (func (export "stepTiles") (param $list i32) (param $count i32) (param $rows i32)
    (local $r i32) (local $end i32)
    (local.set $r (local.get $list))
    (local.set $end (i32.add (local.get $list) (i32.mul (local.get $count) (i32.const 80))))
    (block $done
      (loop $tiles
        (br_if $done (i32.ge_u (local.get $r) (local.get $end)))
        (call $stepTile
          (i32.shl (i32.load offset=0 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=4 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=8 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=12 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=16 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=20 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=24 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=28 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=32 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=36 (local.get $r)) (i32.const 2))
          (i32.shl (i32.load offset=40 (local.get $r)) (i32.const 2))
          (local.get $rows)
          (i32.load offset=44 (local.get $r))
          (i32.load offset=48 (local.get $r)))
        (i32.store offset=52 (local.get $r) (i32.load offset=304 (i32.const 0)))
        (i32.store offset=56 (local.get $r) (i32.load offset=308 (i32.const 0)))
        (i32.store offset=60 (local.get $r) (i32.load offset=312 (i32.const 0)))
        (i32.store offset=64 (local.get $r) (i32.load offset=316 (i32.const 0)))
        (i32.store offset=68 (local.get $r) (i32.load offset=320 (i32.const 0)))
        (local.set $r (i32.add (local.get $r) (i32.const 80)))
        (br $tiles))))

;; Notes for `stepTile` which of the rule's leaves (written before, see `step`) it may share:
  ;; at byte 324 whether those of counts 5 to 8 are all that of 4, at 328 whether that of 1 is
  ;; that of 0, at 332 whether all those are zero. Called once the leaves are written.
  (func (export "prepareTiles")
    (local $k v128) (local $d v128) (local $p i32) (local $diff v128)
    (local.set $k (v128.load offset=128 (i32.const 0)))
    (local.set $d (v128.load offset=144 (i32.const 0)))
    (local.set $p (i32.const 160))
    (loop $leaves
      (local.set $diff
        (v128.or
          (local.get $diff)
          (v128.or
            (v128.xor (v128.load (local.get $p)) (local.get $k))
            (v128.xor (v128.load offset=16 (local.get $p)) (local.get $d)))))
      (local.set $p (i32.add (local.get $p) (i32.const 32)))
      (br_if $leaves (i32.lt_u (local.get $p) (i32.const 288))))
    (i32.store offset=324 (i32.const 0) (i32.eqz (v128.any_true (local.get $diff))))
    (i32.store offset=328 (i32.const 0)
      (i32.eqz
        (v128.any_true
          (v128.or
            (v128.xor (v128.load offset=0 (i32.const 0)) (v128.load offset=32 (i32.const 0)))
            (v128.xor (v128.load offset=16 (i32.const 0)) (v128.load offset=48 (i32.const 0)))))))
    ;; At 332 whether the leaves of counts 0, 1 and 4 to 8 are all zero (neither birth nor
    ;; survival): both the above, and the shared leaves of 0 and 4 empty.
    (i32.store offset=332 (i32.const 0)
      (i32.and
        (i32.and (i32.load offset=324 (i32.const 0)) (i32.load offset=328 (i32.const 0)))
        (i32.eqz
          (v128.any_true
            (v128.or
              (v128.or (v128.load offset=0 (i32.const 0)) (v128.load offset=16 (i32.const 0)))
              (v128.or (v128.load offset=128 (i32.const 0)) (v128.load offset=144 (i32.const 0)))))))))

  ;; Copies rows [$from, $to) of one tile buffer to another (as `stepTile` lays them out) and
  ;; returns the OR of the rows copied.
  (func $copyRows (param $src i32) (param $dst i32) (param $from i32) (param $to i32) (result v128)
    (local $occ v128) (local $p i32) (local $end i32) (local $v v128)
    (local.set $p (i32.shl (local.get $from) (i32.const 4)))
    (local.set $end (i32.shl (local.get $to) (i32.const 4)))
    (block $done
      (loop $copy
        (br_if $done (i32.ge_s (local.get $p) (local.get $end)))
        (local.set $v (v128.load (i32.add (local.get $src) (local.get $p))))
        (v128.store (i32.add (local.get $dst) (local.get $p)) (local.get $v))
        (local.set $occ (v128.or (local.get $occ) (local.get $v)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $copy)))
    (local.get $occ))

  ;; Where a set of cells of a tile lies, from the OR of all its rows and its first and last
  ;; rows: bit 0 anywhere, then the north, south, west and east edges, then the north-west,
  ;; north-east, south-west and south-east corner cells (tileEdges.ts).
  (func $edgeBits (param $all v128) (param $first v128) (param $last v128) (result i32)
    (i32.or
      (i32.or
        (i32.or
          (v128.any_true (local.get $all))
          (i32.shl (v128.any_true (local.get $first)) (i32.const 1)))
        (i32.or
          (i32.shl (v128.any_true (local.get $last)) (i32.const 2))
          (i32.shl (i32.and (i32x4.extract_lane 0 (local.get $all)) (i32.const 1)) (i32.const 3))))
      (i32.or
        (i32.or
          (i32.shl (i32.shr_u (i32x4.extract_lane 3 (local.get $all)) (i32.const 31)) (i32.const 4))
          (i32.shl (i32.and (i32x4.extract_lane 0 (local.get $first)) (i32.const 1)) (i32.const 5)))
        (i32.or
          (i32.or
            (i32.shl (i32.shr_u (i32x4.extract_lane 3 (local.get $first)) (i32.const 31)) (i32.const 6))
            (i32.shl (i32.and (i32x4.extract_lane 0 (local.get $last)) (i32.const 1)) (i32.const 7)))
          (i32.shl (i32.shr_u (i32x4.extract_lane 3 (local.get $last)) (i32.const 31)) (i32.const 8))))))
)
