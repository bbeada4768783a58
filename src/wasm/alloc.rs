//! The pricing module's allocator: size classes of powers of two, each with a
//! free list, carved from the end of linear memory (grown a page at a time).
//! About 1 KB of wasm instead of dlmalloc's 8 KB, for a module whose
//! allocations are a request's strings and vectors, freed when the call ends
//! (so each class's free list serves the next call; nothing is coalesced,
//! and the memory a class once held stays with it).
//!
//! Only the pricing module (built with `pricing-exports` alone) uses it; the
//! core and clients modules, and the wasm tests built with every feature, keep
//! the standard allocator. The JavaScript tests of `simulate` and
//! `lowestInstalment` (tests/js) run on it; `simulateMany` and
//! `loanConditions` are the core module's.
//!
//! Single-threaded: wasm32-unknown-unknown without atomics has one thread.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

const PAGE: usize = 65536;
/// Classes 2^3 (8 bytes) to 2^31.
const CLASSES: usize = 32;

struct Heap {
    /// The first free block of each class (0: none); a free block holds the next.
    free: [usize; CLASSES],
    /// The unused memory at the end: `next..end`.
    next: usize,
    end: usize,
}

/// The allocator (`#[global_allocator]` in src/wasm/mod.rs).
pub struct ClassAlloc(UnsafeCell<Heap>);

// SAFETY: wasm32-unknown-unknown without atomics runs one thread.
unsafe impl Sync for ClassAlloc {}

impl ClassAlloc {
    /// An empty heap (memory is taken on the first allocation).
    pub const fn new() -> Self {
        ClassAlloc(UnsafeCell::new(Heap {
            free: [0; CLASSES],
            next: 0,
            end: 0,
        }))
    }
}

impl Default for ClassAlloc {
    fn default() -> Self {
        Self::new()
    }
}

/// The class of a layout: the smallest power of two (at least 8) holding its
/// size and its alignment; `None` beyond 2^31 or for an alignment above a page.
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(8);
    if layout.align() > PAGE || size > 1 << 31 {
        return None;
    }
    Some(size.next_power_of_two().trailing_zeros() as usize)
}

impl Heap {
    /// A block of class `c` from the free list, or carved at the end (aligned
    /// to its size up to a page, so that it suits any layout of its class).
    unsafe fn alloc(&mut self, c: usize) -> *mut u8 {
        let Some(head) = self.free.get_mut(c) else {
            return std::ptr::null_mut();
        };
        if *head != 0 {
            let block = *head;
            // SAFETY: a free block of this class holds the next one's address.
            *head = unsafe { *(block as *const usize) };
            return block as *mut u8;
        }
        let size = 1usize << c;
        let align = size.min(PAGE);
        let mut start = (self.next + align - 1) & !(align - 1);
        if self.end < start + size || start == 0 {
            // Grow: from the end of memory if another user grew it meanwhile.
            let memory_end = core::arch::wasm32::memory_size(0) * PAGE;
            if memory_end != self.end {
                self.next = memory_end;
                self.end = memory_end;
                start = (self.next + align - 1) & !(align - 1);
            }
            let pages = (start + size - self.end).div_ceil(PAGE);
            if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
                return std::ptr::null_mut();
            }
            self.end += pages * PAGE;
        }
        self.next = start + size;
        start as *mut u8
    }

    /// Puts a block of class `c` on its free list.
    unsafe fn free(&mut self, block: *mut u8, c: usize) {
        if let Some(head) = self.free.get_mut(c) {
            // SAFETY: the block is at least 8 bytes and word-aligned.
            unsafe { *(block as *mut usize) = *head };
            *head = block as usize;
        }
    }
}

unsafe impl GlobalAlloc for ClassAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            // SAFETY: one thread; the heap is only touched here.
            Some(c) => unsafe { (*self.0.get()).alloc(c) },
            None => std::ptr::null_mut(),
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(c) = class_of(layout) {
            // SAFETY: `ptr` came from `alloc` with this layout, so this class.
            unsafe { (*self.0.get()).free(ptr, c) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        // Same class: the block already holds the new size.
        if class_of(layout).is_some() && class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        // SAFETY: as GlobalAlloc's default realloc.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
