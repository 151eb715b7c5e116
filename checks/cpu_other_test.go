//go:build !unix

package checks

import "time"

// threadCPU is not measured on this system: the CPU figures that
// TestUntranslatedBBCCost logs read 0 there.
func threadCPU() time.Duration { return 0 }
