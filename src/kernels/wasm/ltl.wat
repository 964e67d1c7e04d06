;; The range kernels of Larger than Life: `step` for a neighbourhood that is one rectangle with
;; the cell (the square, NM), `diamond` for von Neumann's (NN), `rectangles` for a stack of them
;; (the disc, NC). Running sums, so a cell of the square or the diamond costs the same at range 1
;; and range 500. Built by scripts/build-wasm.mjs into generated/ltlWasm.ts; driven by
;; wasmRangeSums.ts, which lays out the memory and passes every address. For `step`:
;;   cur, next   this generation and the next, a byte a cell, width x height, row-major
;;   weight      256 bytes: 1 when a cell in that state counts, else 0
;;   table       next state at state * stride + count (the count includes the cell itself)
;;   rows, cols  i32 source row / column of each padded row / column, -1 for empty (plane)
;;   sums        i32 per padded column: counted cells of the rows in the window
;;   padded      a byte per padded cell: the counted cells, the grid padded by `range` all round,
;;               then one row of zeros; padded rows are pw bytes, a multiple of 4
(module
  (memory (export "memory") 1)

  ;; padded[py * pw + px] = weight[cur[rows[py] * width + cols[px]]], 0 where either is -1.
  (func $pad (param $cur i32) (param $width i32) (param $pw i32) (param $ph i32)
    (param $weight i32) (param $rows i32) (param $cols i32) (param $padded i32)
    (local $py i32) (local $px i32) (local $row i32) (local $col i32) (local $out i32)
    (local $valid i32)
    (local.set $out (local.get $padded))
    (block $rows_done
      (loop $each_row
        (br_if $rows_done (i32.ge_s (local.get $py) (local.get $ph)))
        (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $py) (i32.const 2)))))
        (if (i32.lt_s (local.get $row) (i32.const 0))
          (then (memory.fill (local.get $out) (i32.const 0) (local.get $pw)))
          (else
            (local.set $row (i32.add (local.get $cur) (i32.mul (local.get $row) (local.get $width))))
            (local.set $px (i32.const 0))
            (block $cols_done
              (loop $each_col
                (br_if $cols_done (i32.ge_s (local.get $px) (local.get $pw)))
                (local.set $col (i32.load (i32.add (local.get $cols) (i32.shl (local.get $px) (i32.const 2)))))
                (local.set $valid (i32.ge_s (local.get $col) (i32.const 0)))
                (i32.store8
                  (i32.add (local.get $out) (local.get $px))
                  (select
                    (i32.load8_u
                      (i32.add (local.get $weight)
                        (i32.load8_u
                          (select (i32.add (local.get $row) (local.get $col)) (local.get $row) (local.get $valid)))))
                    (i32.const 0)
                    (local.get $valid)))
                (local.set $px (i32.add (local.get $px) (i32.const 1)))
                (br $each_col)))))
        (local.set $out (i32.add (local.get $out) (local.get $pw)))
        (local.set $py (i32.add (local.get $py) (i32.const 1)))
        (br $each_row))))

  ;; sums[px] += padded[add * pw + px] - padded[sub * pw + px] for every padded column,
  ;; four at a time (pw is padded to a multiple of 4 by the caller).
  (func $slide (param $sums i32) (param $added i32) (param $removed i32) (param $pw i32)
    (local $px i32) (local $at i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_s (local.get $px) (local.get $pw)))
        (local.set $at (i32.add (local.get $sums) (i32.shl (local.get $px) (i32.const 2))))
        (v128.store (local.get $at)
          (i32x4.sub
            (i32x4.add (v128.load (local.get $at))
              (i32x4.extend_low_i16x8_u (i16x8.extend_low_i8x16_u
                (v128.load32_zero (i32.add (local.get $added) (local.get $px))))))
            (i32x4.extend_low_i16x8_u (i16x8.extend_low_i8x16_u
              (v128.load32_zero (i32.add (local.get $removed) (local.get $px)))))))
        (local.set $px (i32.add (local.get $px) (i32.const 4)))
        (br $each))))

  ;; One generation. The window of cell (y, x) is rows y + dy0 .. y + dy1 and columns
  ;; x + dx0 .. x + dx1 of the grid, padded rows and columns `range` further on.
  (func (export "step")
    (param $cur i32) (param $next i32) (param $width i32) (param $height i32) (param $range i32)
    (param $dy0 i32) (param $dy1 i32) (param $dx0 i32) (param $dx1 i32)
    (param $weight i32) (param $table i32) (param $stride i32)
    (param $rows i32) (param $cols i32) (param $sums i32) (param $padded i32) (param $pw i32)
    (local $ph i32) (local $y i32) (local $x i32) (local $py i32) (local $count i32)
    (local $in i32) (local $out i32) (local $enter i32) (local $leave i32) (local $end i32)
    (local.set $ph (i32.add (local.get $height) (i32.shl (local.get $range) (i32.const 1))))
    (call $pad (local.get $cur) (local.get $width) (local.get $pw) (local.get $ph)
      (local.get $weight) (local.get $rows) (local.get $cols) (local.get $padded))
    ;; The window of row 0, from empty sums.
    (memory.fill (local.get $sums) (i32.const 0) (i32.shl (local.get $pw) (i32.const 2)))
    (local.set $py (i32.add (local.get $dy0) (local.get $range)))
    (block $filled
      (loop $fill
        (br_if $filled (i32.gt_s (local.get $py) (i32.add (local.get $dy1) (local.get $range))))
        (call $slide (local.get $sums)
          (i32.add (local.get $padded) (i32.mul (local.get $py) (local.get $pw)))
          (i32.add (local.get $padded) (i32.mul (local.get $ph) (local.get $pw)))
          (local.get $pw))
        (local.set $py (i32.add (local.get $py) (i32.const 1)))
        (br $fill)))
    (block $rows_done
      (loop $each_row
        (br_if $rows_done (i32.ge_s (local.get $y) (local.get $height)))
        ;; Sum the window of x = 0 but for its last column, then slide along the row.
        (local.set $count (i32.const 0))
        (local.set $x (i32.add (local.get $dx0) (local.get $range)))
        (local.set $end (i32.add (local.get $dx1) (local.get $range)))
        (block $started
          (loop $start
            (br_if $started (i32.ge_s (local.get $x) (local.get $end)))
            (local.set $count (i32.add (local.get $count)
              (i32.load (i32.add (local.get $sums) (i32.shl (local.get $x) (i32.const 2))))))
            (local.set $x (i32.add (local.get $x) (i32.const 1)))
            (br $start)))
        (local.set $enter (i32.add (local.get $sums) (i32.shl (local.get $end) (i32.const 2))))
        (local.set $leave (i32.add (local.get $sums)
          (i32.shl (i32.add (local.get $dx0) (local.get $range)) (i32.const 2))))
        (local.set $in (i32.add (local.get $cur) (i32.mul (local.get $y) (local.get $width))))
        (local.set $out (i32.add (local.get $next) (i32.mul (local.get $y) (local.get $width))))
        (local.set $end (i32.add (local.get $in) (local.get $width)))
        (block $cells_done
          (loop $each_cell
            (br_if $cells_done (i32.ge_u (local.get $in) (local.get $end)))
            (local.set $count (i32.add (local.get $count) (i32.load (local.get $enter))))
            (i32.store8 (local.get $out)
              (i32.load8_u (i32.add (local.get $table)
                (i32.add (i32.mul (i32.load8_u (local.get $in)) (local.get $stride)) (local.get $count)))))
            (local.set $count (i32.sub (local.get $count) (i32.load (local.get $leave))))
            (local.set $enter (i32.add (local.get $enter) (i32.const 4)))
            (local.set $leave (i32.add (local.get $leave) (i32.const 4)))
            (local.set $in (i32.add (local.get $in) (i32.const 1)))
            (local.set $out (i32.add (local.get $out) (i32.const 1)))
            (br $each_cell)))
        ;; Move the window down a row: the row below it enters, its top row leaves.
        (local.set $y (i32.add (local.get $y) (i32.const 1)))
        (if (i32.lt_s (local.get $y) (local.get $height))
          (then
            (call $slide (local.get $sums)
              (i32.add (local.get $padded)
                (i32.mul (i32.add (i32.add (local.get $y) (local.get $dy1)) (local.get $range)) (local.get $pw)))
              (i32.add (local.get $padded)
                (i32.mul (i32.sub (i32.add (i32.add (local.get $y) (local.get $dy0)) (local.get $range)) (i32.const 1))
                  (local.get $pw)))
              (local.get $pw))))
        (br $each_row))))
;; The diamond |dy| + |dx| <= range (von Neumann), from cone sums: cone(i, j) adds up the
;; counted cells between north-west and north-east of (i, j) on its checkerboard colour, and is
;; its apex plus the cones above it to either side less the cone where those overlap; beyond the
;; left and right edges a cone equals the one a row up and a column in. The diamond is four
;; cones of its outline's colour and four of the diamond one smaller (see diamondSums.ts).
;; The padding: `range` + 2 rows on top (the first two always empty: rows[0] = rows[1] = -1),
;; `range` below, `range` + 1 columns either side and more on the right to make pw a multiple
;; of 4; cones is pw x ph i32, padded pw x ph bytes (the counted cells, as `step` pads them).
(func (export "diamond")
  (param $cur i32) (param $next i32) (param $width i32) (param $height i32) (param $range i32)
  (param $weight i32) (param $table i32) (param $stride i32)
  (param $rows i32) (param $cols i32) (param $cones i32) (param $pw i32) (param $ph i32)
  (param $padded i32)
  (local $py i32) (local $px i32) (local $row i32) (local $src i32) (local $col i32)
  (local $at i32) (local $line i32) (local $apex i32) (local $y i32) (local $x i32)
  (local $in i32) (local $out i32) (local $end i32) (local $count i32)
  (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32)
  (local $m0 i32) (local $m1 i32) (local $m2 i32) (local $m3 i32)
  (local.set $line (i32.shl (local.get $pw) (i32.const 2)))
  (call $pad (local.get $cur) (local.get $width) (local.get $pw) (local.get $ph)
    (local.get $weight) (local.get $rows) (local.get $cols) (local.get $padded))
  (local.set $py (i32.const 2))
  (block $built
    (loop $each_row
      (br_if $built (i32.ge_s (local.get $py) (local.get $ph)))
      ;; Every column is apex + up-left + up-right - two up, four at a time; the first and last
      ;; columns are put right below.
      (local.set $at (i32.add (local.get $cones) (i32.shl (i32.mul (local.get $py) (local.get $pw)) (i32.const 2))))
      (local.set $row (i32.add (local.get $padded) (i32.mul (local.get $py) (local.get $pw))))
      (local.set $px (i32.const 0))
      (block $cols_done
        (loop $each_col
          (br_if $cols_done (i32.ge_s (local.get $px) (local.get $pw)))
          (v128.store (local.get $at)
            (i32x4.sub
              (i32x4.add
                (i32x4.extend_low_i16x8_u (i16x8.extend_low_i8x16_u
                  (v128.load32_zero (i32.add (local.get $row) (local.get $px)))))
                (i32x4.add
                  (v128.load (i32.sub (i32.sub (local.get $at) (local.get $line)) (i32.const 4)))
                  (v128.load (i32.add (i32.sub (local.get $at) (local.get $line)) (i32.const 4)))))
              (v128.load (i32.sub (local.get $at) (i32.shl (local.get $line) (i32.const 1))))))
          (local.set $at (i32.add (local.get $at) (i32.const 16)))
          (local.set $px (i32.add (local.get $px) (i32.const 4)))
          (br $each_col)))
      ;; Redo the edge columns, whose reads beyond the row above were wrong: the last first,
      ;; since what it read past its end is the first column as the loop left it.
      (local.set $at (i32.add (local.get $cones)
        (i32.shl (i32.sub (i32.mul (i32.add (local.get $py) (i32.const 1)) (local.get $pw)) (i32.const 1)) (i32.const 2))))
      (i32.store (local.get $at)
        (i32.add (i32.load (local.get $at))
          (i32.sub
            (i32.load (i32.sub (local.get $at) (i32.shl (local.get $line) (i32.const 1))))
            (i32.load (i32.add (i32.sub (local.get $at) (local.get $line)) (i32.const 4))))))
      (local.set $at (i32.add (local.get $cones) (i32.shl (i32.mul (local.get $py) (local.get $pw)) (i32.const 2))))
      (i32.store (local.get $at)
        (i32.add (i32.load (local.get $at))
          (i32.sub
            (i32.load (i32.sub (local.get $at) (i32.shl (local.get $line) (i32.const 1))))
            (i32.load (i32.sub (i32.sub (local.get $at) (local.get $line)) (i32.const 4))))))
      (local.set $py (i32.add (local.get $py) (i32.const 1)))
      (br $each_row)))
  ;; The eight cones, as byte offsets from the cell's own cone.
  (local.set $p0 (i32.mul (local.get $range) (local.get $line)))
  (local.set $p1 (i32.mul (i32.sub (i32.const -2) (local.get $range)) (local.get $line)))
  (local.set $p2 (i32.mul (i32.sub (local.get $range) (i32.const 1)) (local.get $line)))
  (local.set $p3 (i32.mul (i32.sub (i32.const -1) (local.get $range)) (local.get $line)))
  (local.set $m0 (i32.add (i32.sub (i32.const 0) (local.get $line)) (i32.shl (i32.add (local.get $range) (i32.const 1)) (i32.const 2))))
  (local.set $m1 (i32.sub (i32.sub (i32.const 0) (local.get $line)) (i32.shl (i32.add (local.get $range) (i32.const 1)) (i32.const 2))))
  (local.set $m2 (i32.add (i32.sub (i32.const 0) (local.get $line)) (i32.shl (local.get $range) (i32.const 2))))
  (local.set $m3 (i32.sub (i32.sub (i32.const 0) (local.get $line)) (i32.shl (local.get $range) (i32.const 2))))
  (block $rows_done
    (loop $each_cell_row
      (br_if $rows_done (i32.ge_s (local.get $y) (local.get $height)))
      (local.set $at (i32.add (local.get $cones) (i32.shl
        (i32.add (i32.mul (i32.add (i32.add (local.get $y) (local.get $range)) (i32.const 2)) (local.get $pw))
          (i32.add (local.get $range) (i32.const 1)))
        (i32.const 2))))
      (local.set $in (i32.add (local.get $cur) (i32.mul (local.get $y) (local.get $width))))
      (local.set $out (i32.add (local.get $next) (i32.mul (local.get $y) (local.get $width))))
      (local.set $end (i32.add (local.get $in) (local.get $width)))
      (block $cells_done
        (loop $each_cell
          (br_if $cells_done (i32.ge_u (local.get $in) (local.get $end)))
          (local.set $count
            (i32.sub
              (i32.add
                (i32.add (i32.load (i32.add (local.get $at) (local.get $p0))) (i32.load (i32.add (local.get $at) (local.get $p1))))
                (i32.add (i32.load (i32.add (local.get $at) (local.get $p2))) (i32.load (i32.add (local.get $at) (local.get $p3)))))
              (i32.add
                (i32.add (i32.load (i32.add (local.get $at) (local.get $m0))) (i32.load (i32.add (local.get $at) (local.get $m1))))
                (i32.add (i32.load (i32.add (local.get $at) (local.get $m2))) (i32.load (i32.add (local.get $at) (local.get $m3)))))))
          (i32.store8 (local.get $out)
            (i32.load8_u (i32.add (local.get $table)
              (i32.add (i32.mul (i32.load8_u (local.get $in)) (local.get $stride)) (local.get $count)))))
          (local.set $at (i32.add (local.get $at) (i32.const 4)))
          (local.set $in (i32.add (local.get $in) (i32.const 1)))
          (local.set $out (i32.add (local.get $out) (i32.const 1)))
          (br $each_cell)))
      (local.set $y (i32.add (local.get $y) (i32.const 1)))
      (br $each_cell_row)))
)
;; A neighbourhood of several rectangles with the cell (the disc, NC): a summed-area table of the
;; counted cells over the grid padded by `range` all round (sat: (ph + 1) x sw i32, sw = pw + 1,
;; row 0 all zeros), then four reads a rectangle a cell, a row of cells at a time into counts
;; (width i32). rects holds four byte offsets a rectangle from a cell's top-left table entry.
(func (export "rectangles")
  (param $cur i32) (param $next i32) (param $width i32) (param $height i32)
  (param $weight i32) (param $table i32) (param $stride i32)
  (param $rows i32) (param $cols i32) (param $sat i32) (param $pw i32) (param $ph i32)
  (param $rects i32) (param $nrects i32) (param $counts i32)
  (local $sw i32) (local $py i32) (local $px i32) (local $src i32) (local $row i32) (local $col i32)
  (local $valid i32) (local $acc i32) (local $above i32) (local $at i32) (local $y i32) (local $x i32)
  (local $k i32) (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $end i32)
  (local $in i32) (local $out i32) (local $cell i32)
  (local.set $sw (i32.shl (i32.add (local.get $pw) (i32.const 1)) (i32.const 2)))
  (block $built
    (loop $each_row
      (br_if $built (i32.ge_s (local.get $py) (local.get $ph)))
      (local.set $src (i32.load (i32.add (local.get $rows) (i32.shl (local.get $py) (i32.const 2)))))
      (local.set $row (i32.add (local.get $cur) (i32.mul (local.get $src) (local.get $width))))
      (local.set $above (i32.add (local.get $sat) (i32.mul (local.get $py) (local.get $sw))))
      (local.set $at (i32.add (local.get $above) (local.get $sw)))
      (i32.store (local.get $at) (i32.const 0))
      (local.set $acc (i32.const 0))
      (local.set $px (i32.const 0))
      (block $cols_done
        (loop $each_col
          (br_if $cols_done (i32.ge_s (local.get $px) (local.get $pw)))
          (local.set $col (i32.load (i32.add (local.get $cols) (i32.shl (local.get $px) (i32.const 2)))))
          (local.set $valid (i32.ge_s (i32.or (local.get $src) (local.get $col)) (i32.const 0)))
          (local.set $acc (i32.add (local.get $acc)
            (select
              (i32.load8_u (i32.add (local.get $weight)
                (i32.load8_u (select (i32.add (local.get $row) (local.get $col)) (local.get $cur) (local.get $valid)))))
              (i32.const 0)
              (local.get $valid))))
          (local.set $px (i32.add (local.get $px) (i32.const 1)))
          (i32.store (i32.add (local.get $at) (i32.shl (local.get $px) (i32.const 2)))
            (i32.add (local.get $acc) (i32.load (i32.add (local.get $above) (i32.shl (local.get $px) (i32.const 2))))))
          (br $each_col)))
      (local.set $py (i32.add (local.get $py) (i32.const 1)))
      (br $each_row)))
  (local.set $end (i32.add (local.get $counts) (i32.shl (local.get $width) (i32.const 2))))
  (block $rows_done
    (loop $each_cell_row
      (br_if $rows_done (i32.ge_s (local.get $y) (local.get $height)))
      (memory.fill (local.get $counts) (i32.const 0) (i32.shl (local.get $width) (i32.const 2)))
      (local.set $k (i32.const 0))
      (block $rects_done
        (loop $each_rect
          (br_if $rects_done (i32.ge_s (local.get $k) (local.get $nrects)))
          (local.set $at (i32.add (local.get $sat) (i32.mul (local.get $y) (local.get $sw))))
          (local.set $a (i32.add (local.get $at) (i32.load (i32.add (local.get $rects) (i32.shl (local.get $k) (i32.const 4))))))
          (local.set $b (i32.add (local.get $at) (i32.load offset=4 (i32.add (local.get $rects) (i32.shl (local.get $k) (i32.const 4))))))
          (local.set $c (i32.add (local.get $at) (i32.load offset=8 (i32.add (local.get $rects) (i32.shl (local.get $k) (i32.const 4))))))
          (local.set $d (i32.add (local.get $at) (i32.load offset=12 (i32.add (local.get $rects) (i32.shl (local.get $k) (i32.const 4))))))
          (local.set $x (local.get $counts))
          (block $xs_done
            (loop $each_x
              (br_if $xs_done (i32.ge_u (local.get $x) (local.get $end)))
              (i32.store (local.get $x)
                (i32.add (i32.load (local.get $x))
                  (i32.sub
                    (i32.add (i32.load (local.get $a)) (i32.load (local.get $d)))
                    (i32.add (i32.load (local.get $b)) (i32.load (local.get $c))))))
              (local.set $a (i32.add (local.get $a) (i32.const 4)))
              (local.set $b (i32.add (local.get $b) (i32.const 4)))
              (local.set $c (i32.add (local.get $c) (i32.const 4)))
              (local.set $d (i32.add (local.get $d) (i32.const 4)))
              (local.set $x (i32.add (local.get $x) (i32.const 4)))
              (br $each_x)))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $each_rect)))
      (local.set $in (i32.add (local.get $cur) (i32.mul (local.get $y) (local.get $width))))
      (local.set $out (i32.add (local.get $next) (i32.mul (local.get $y) (local.get $width))))
      (local.set $x (local.get $counts))
      (block $cells_done
        (loop $each_cell
          (br_if $cells_done (i32.ge_u (local.get $x) (local.get $end)))
          (i32.store8 (local.get $out)
            (i32.load8_u (i32.add (local.get $table)
              (i32.add (i32.mul (i32.load8_u (local.get $in)) (local.get $stride)) (i32.load (local.get $x))))))
          (local.set $in (i32.add (local.get $in) (i32.const 1)))
          (local.set $out (i32.add (local.get $out) (i32.const 1)))
          (local.set $x (i32.add (local.get $x) (i32.const 4)))
          (br $each_cell)))
      (local.set $y (i32.add (local.get $y) (i32.const 1)))
      (br $each_cell_row)))
)
)
