;; The dying cells of a Generations rule (RingGenerationsStepper), a step of them on 128-bit
;; vectors. Every plane is packed a bit per cell, in the same layout; each function runs over
;; `bytes` bytes (a multiple of 16) from the given byte offsets:
;;   live    the live kernel's new generation, copied in; left as the cells alive now
;;   prev    the cells alive in the previous generation; left as the cells alive now
;;   dying   every dying cell (more than three states)
;;   plane   the oldest dying state's cells; left as the cells that have just died
;; A dying cell is never born, a live cell that does not survive starts to die, and the cells
;; of the oldest dying state become empty. Built by scripts/build-wasm.mjs into
;; generated/ringWasm.ts; driven by ringPlanes.ts, which lays out the memory.
(module
  (memory (export "memory") 1)

  ;; More than three states: `dying` holds every dying cell, `plane` the oldest state's.
  (func (export "age") (param $live i32) (param $prev i32) (param $dying i32) (param $plane i32)
    (param $bytes i32)
    (local $i i32) (local $was v128) (local $now v128) (local $died v128)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
        (local.set $was (v128.load (i32.add (local.get $dying) (local.get $i))))
        (local.set $now
          (v128.andnot (v128.load (i32.add (local.get $live) (local.get $i))) (local.get $was)))
        (local.set $died
          (v128.andnot (v128.load (i32.add (local.get $prev) (local.get $i))) (local.get $now)))
        (v128.store (i32.add (local.get $dying) (local.get $i))
          (v128.or
            (v128.andnot (local.get $was) (v128.load (i32.add (local.get $plane) (local.get $i))))
            (local.get $died)))
        (v128.store (i32.add (local.get $plane) (local.get $i)) (local.get $died))
        (v128.store (i32.add (local.get $live) (local.get $i)) (local.get $now))
        (v128.store (i32.add (local.get $prev) (local.get $i)) (local.get $now))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $each))))

  ;; Three states: the one dying plane is every dying cell.
  (func (export "age3") (param $live i32) (param $prev i32) (param $plane i32) (param $bytes i32)
    (local $i i32) (local $now v128)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
        (local.set $now
          (v128.andnot
            (v128.load (i32.add (local.get $live) (local.get $i)))
            (v128.load (i32.add (local.get $plane) (local.get $i)))))
        (v128.store (i32.add (local.get $plane) (local.get $i))
          (v128.andnot (v128.load (i32.add (local.get $prev) (local.get $i))) (local.get $now)))
        (v128.store (i32.add (local.get $live) (local.get $i)) (local.get $now))
        (v128.store (i32.add (local.get $prev) (local.get $i)) (local.get $now))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $each))))
)
