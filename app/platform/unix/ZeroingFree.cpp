// Freed heap memory is cleared before glibc takes it back.
//
// glibc's free() leaves a block's bytes as they are (only its first 16 bytes get the allocator's
// list pointers), so the text a citizen typed stays in freed QString and QByteArray buffers until
// the block happens to be reused, and outlives the session's wipe. Qt's containers allocate with
// malloc(), realloc() and free() directly, so a replaced operator delete would not reach them.
// free() and realloc() defined in the executable do: the dynamic linker binds every library's
// calls (Qt, libstdc++'s operator delete, SQLite, OpenSSL) to the executable's definition first.
// malloc() stays glibc's, so every block is a glibc block and malloc_usable_size() tells its size.
//
// Linked into the kiosk program only (and into the test program that plays it), never into a
// sanitizer build: AddressSanitizer brings its own allocator (app/platform/CMakeLists.txt).

#include <cstddef>

#include <malloc.h>
#include <string.h>

extern "C" {

// glibc's own entry points behind malloc() and free(), exported for allocators like this one.
void* __libc_malloc(std::size_t size);
void __libc_free(void* block);

void free(void* block) noexcept
{
    if (block == nullptr) {
        return;
    }
    // explicit_bzero: a plain memset before free() is a dead store the compiler may drop.
    explicit_bzero(block, malloc_usable_size(block));
    __libc_free(block);
}

// glibc's realloc() moves a block without clearing the old one, and shrinks one in place by
// freeing its tail; both would leave bytes behind. Here a block that still fits stays where it
// is, and one that moves is copied and its old place cleared.
void* realloc(void* block, std::size_t size) noexcept
{
    if (block == nullptr) {
        return __libc_malloc(size);
    }
    if (size == 0) {
        free(block); // what glibc's realloc(block, 0) does
        return nullptr;
    }
    const std::size_t usable = malloc_usable_size(block);
    // Shrunk to less than half, it moves, so that a large buffer gives its memory back.
    if (size <= usable && size >= usable / 2) {
        return block;
    }
    void* moved = __libc_malloc(size);
    if (moved == nullptr) {
        return nullptr; // the old block stays valid, as realloc() promises
    }
    memcpy(moved, block, size < usable ? size : usable);
    free(block);
    return moved;
}

} // extern "C"
