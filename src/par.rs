//! A minimal data-parallel map over slices with scoped threads (no thread-pool dependency).

/// Map `f` over `items` on up to `available_parallelism` threads, keeping the order. Small
/// inputs run on the calling thread.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_min(items, 2_000, f)
}

/// [`map`], going parallel from `min_len` items (a few large items, such as archive parts,
/// are worth a thread each).
pub fn map_min<T: Sync, R: Send>(
    items: &[T],
    min_len: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if items.len() < min_len.max(2) || threads < 2 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for h in handles {
            // A worker only panics if `f` does; surface that as the caller's panic would.
            match h.join() {
                Ok(part) => out.extend(part),
                Err(p) => std::panic::resume_unwind(p),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order_on_large_inputs() {
        let v: Vec<u32> = (0..10_000).collect();
        let out = super::map(&v, |x| x * 2);
        assert_eq!(out.len(), 10_000);
        assert!(out.iter().enumerate().all(|(i, x)| *x == 2 * i as u32));
    }
}
