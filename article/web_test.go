package article

import "testing"

func TestTopLevelDomain(t *testing.T) {
	for _, c := range []struct {
		label string
		want  bool
	}{{"com", true}, {"cat", true}, {"uk", true}, {"mil", true}, {"site", true}, {"COM", false}, {"html", false}, {"pdf", false}, {"", false}} {
		if got := TopLevelDomain([]byte(c.label)); got != c.want {
			t.Errorf("TopLevelDomain(%q) = %v, want %v", c.label, got, c.want)
		}
	}
}
