package lang

import "unicode"

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
