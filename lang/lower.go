package lang

import (
	"unicode"
	"unicode/utf8"
)

// ToLower is unicode.ToLower with fast paths for the letters of the
// languages mtlint reads most (ASCII, Latin-1, Cyrillic) and for the
// scripts that have no case (Han, kana, Hangul); the same result for
// every rune.
func ToLower(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r < 0xC0:
		return unicode.ToLower(r)
	case r <= 0xDE:
		if r == 0xD7 {
			return r
		}
		return r + 0x20
	case r <= 0xFF:
		return r
	case 0x400 <= r && r <= 0x40F:
		return r + 0x50
	case 0x410 <= r && r <= 0x42F:
		return r + 0x20
	case 0x430 <= r && r <= 0x45F:
		return r
	case 0x3040 <= r && r <= 0x30FF, 0x3400 <= r && r <= 0x4DBF, 0x4E00 <= r && r <= 0x9FFF, 0xAC00 <= r && r <= 0xD7A3:
		return r
	}
	return unicode.ToLower(r)
}

// KeyOffset and KeyPrime are the 64-bit FNV-1a constants of WordKey, for a
// scanner that hashes a word as it reads it (KeyRune, or a byte at a time
// for ASCII in lower case).
const (
	KeyOffset = 14695981039346656037
	KeyPrime  = 1099511628211
)

// WordKey hashes a word (FNV-1a, 64 bits) in lower case (ToLower) with ’
// read as ', so that words of two texts or of a table compare without
// being copied: "Mai", "MAI" and "mai" have one key.
func WordKey(w []byte) uint64 {
	h := uint64(KeyOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * KeyPrime
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		i += n
		h = KeyRune(h, r)
	}
	return h
}

// KeyRune goes on with the key h of a word by one more rune.
func KeyRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return (h ^ uint64(c)) * KeyPrime
	}
	if r == '’' {
		return (h ^ '\'') * KeyPrime
	}
	var b [utf8.UTFMax]byte
	for _, c := range b[:utf8.EncodeRune(b[:], ToLower(r))] {
		h = (h ^ uint64(c)) * KeyPrime
	}
	return h
}
