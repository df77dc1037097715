#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace callrail {

/// A growing run of bytes for the encoders' hot path. std::string keeps a terminating NUL and checks for its
/// short-string form on every push_back; here an append is a capacity check and a copy, and growing never
/// zero-fills. Encoding a page makes about a hundred thousand small appends.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ByteBuffer(ByteBuffer &&other) noexcept { swap(other); }
    ByteBuffer &operator=(ByteBuffer &&other) noexcept
    {
        ByteBuffer moved(std::move(other));
        swap(moved);
        return *this;
    }
    ByteBuffer(const ByteBuffer &other) { append(other.view()); }
    ByteBuffer &operator=(const ByteBuffer &other)
    {
        if (this != &other) {
            clear();
            append(other.view());
        }
        return *this;
    }
    ~ByteBuffer() = default;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const char *data() const { return m_data.get(); }
    std::string_view view() const { return std::string_view(m_data.get(), m_size); }

    void clear() { m_size = 0; }
    void reserve(size_t capacity)
    {
        if (capacity > m_capacity)
            reallocate(capacity);
    }
    /// Keeps the first `size` bytes.
    void truncate(size_t size) { m_size = size < m_size ? size : m_size; }
    /// Removes the byte at `position`.
    void removeAt(size_t position)
    {
        std::memmove(m_data.get() + position, m_data.get() + position + 1, m_size - position - 1);
        --m_size;
    }

    void push_back(char c)
    {
        if (m_size == m_capacity)
            reallocate(m_capacity * 2 + 64);
        m_data[m_size++] = c;
    }
    void append(const char *bytes, size_t n) { copy(extend(n), bytes, n); }
    /// Copies n bytes. Most appends are a few bytes: two overlapping word copies instead of a call to memcpy.
    static void copy(char *target, const char *bytes, size_t n)
    {
        if (n >= 8 && n <= 16) {
            copy8(target, bytes);
            copy8(target + n - 8, bytes + n - 8);
        } else if (n >= 4 && n < 8) {
            copy4(target, bytes);
            copy4(target + n - 4, bytes + n - 4);
        } else if (n > 16) {
            std::memcpy(target, bytes, n);
        } else {
            for (size_t i = 0; i < n; ++i)
                target[i] = bytes[i];
        }
    }
    /// Makes the buffer n bytes longer and returns where they start, for the caller to fill.
    char *extend(size_t n)
    {
        if (m_capacity - m_size < n)
            reallocate((m_capacity + n) * 2);
        char *start = m_data.get() + m_size;
        m_size += n;
        return start;
    }
    void append(std::string_view bytes) { append(bytes.data(), bytes.size()); }

private:
    static void copy8(char *to, const char *from) { std::memcpy(to, from, 8); }
    static void copy4(char *to, const char *from) { std::memcpy(to, from, 4); }

    void swap(ByteBuffer &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }
    void reallocate(size_t capacity)
    {
        std::unique_ptr<char[]> bigger(
            new char[capacity]); // not zero-filled: every byte is written before use
        if (m_size > 0)
            std::memcpy(bigger.get(), m_data.get(), m_size);
        m_data = std::move(bigger);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace callrail
