package article

import "strings"

// topLevel are the top-level domains that make a dotted token a web
// address or a bare domain ("elpais.com", "mosmetro.ru"): the generic ones,
// the countries of the languages mtlint reads, and their neighbours.
var topLevel = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`
	com org net edu gov int mil info biz io co me tv news online site xyz cat eu ae af al am ar at
	au az ba bd be bg br by ca ch cl cn cu cz de dk dz ee eg es fi fr ge gr hk hr hu id ie il in
	iq ir is it jo jp ke kr kw kz lb lk lt lu lv ly ma mk mn mx my ng nl no nz pe ph pk pl pt qa
	ro rs ru sa se sg si sk sy th tn tr tw ua uk us uy ve vn ye za`) {
		m[t] = true
	}
	return m
}()

// TopLevelDomain reports a known top-level domain, given in lower case
// ("com", "uk", "cat").
func TopLevelDomain(label []byte) bool { return topLevel[string(label)] }
