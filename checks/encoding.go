package checks

// This file holds what the encoding/ checks share. They find text damaged
// on its way from one system to another, each in a file of its own: a file
// that is not UTF-8 (encoding_not_utf8.go), UTF-8 read as Windows-1252
// (encoding_mojibake.go), characters lost to U+FFFD
// (encoding_replacement_char.go), HTML entities never decoded
// (encoding_html_entity.go), invisible control and zero-width characters
// (encoding_control_char.go), no-break spaces where a plain space belongs
// (encoding_nbsp.go) and letters outside ASCII dropped wholesale
// (encoding_dropped_chars.go). Most of the text is ASCII and is passed over a
// byte at a time without decoding.

// encCP1252 maps the characters Windows-1252 puts at 0x80–0x9F to their
// bytes.
var encCP1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// encByte returns the Windows-1252 (or Latin-1) byte a character was read
// from, for characters outside ASCII.
func encByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true // Latin-1, and the C1 controls a Latin-1 reader keeps
	}
	b, ok := encCP1252[r]
	return b, ok
}
