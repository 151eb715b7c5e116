package config

// Starter returns a commented starter configuration file, for `mtlint
// init` to write as .mtlint.yaml. It loads without error against mtlint's
// own checks, and shows every key: the ones that would change what a
// default run reports are commented out.
func Starter() []byte { return []byte(starter) }

const starter = `# mtlint configuration.
#
# mtlint looks for .mtlint.yaml (or .mtlint.yml) in the current directory and
# then in its parents, stopping at the top of a git repository; --config FILE
# names one. Every key is optional. A mistake in this file (an unknown key, a
# bad regular expression, a check that does not exist) stops the run before
# anything is checked, with the line and key of each problem.

# The language the articles are written in: an ISO 639-1 code.
lang: en

# The languages the articles were translated from, for the checks that look
# for untranslated fragments.
# source-langs: [ru, uk]

# The directory of the original articles, for the checks that compare a
# translation with its source (bitext/): each checked file pairs with the
# file of the same relative path under it. Relative to this file.
# source: originals/

# Which checks run, and how. Name a check by its ID ("linebreak/split-sentence"),
# a whole category ("linebreak"), or "all"; ` + "`mtlint rules`" + ` lists them all. For
# each check the most specific name decides; disable wins a tie.
rules:
  # enable: [all]                       # also the checks that are off by default
  # disable: [linebreak/orphan-paragraph]

  # Settings of one check (by ID) or of a category: "severity" (error, warning
  # or info) replaces the default, "allow" lists phrases that check never
  # flags, and any other key is a parameter of the check (by ID only; see
  # ` + "`mtlint rules ID`" + ` for them and their defaults).
  # linebreak/orphan-paragraph:
  #   severity: info
  #   max-words: 4
  #   allow: [Breaking news]
  # residue/site-chrome:                # a site's furniture: add its labels
  #   extra-labels: [Más noticias, Radio Harbour]
  #   shape: true                       # and judge other lines by their shape
  # residue/template:                   # a site's template, found across a batch
  #   min-articles: 5
  #   allow-lines: ["(AFP)"]            # lines that may recur in every article
  # custom:                             # all the patterns below
  #   severity: info

# Phrases no check may flag: a finding that lies inside one of them is
# dropped. They match whole words, with letter case as written.
allow:
  - Kyiv Independent

# The files a directory walk checks, as globs relative to this file's
# directory: "*" matches within a name, "**" any number of directories. A
# pattern without a slash matches a name at any depth; one that matches a
# directory matches everything in it ("drafts/" matches directories only).
files:
  include: ["**/*.txt", "**/*.md"]
  exclude: ["drafts/", "**/*.orig.txt"]

# Your own rules, each a check with the ID custom/<id>. A rule matches
#   tokens:  literal phrases: whole words, any letter case (unless
#            ignorecase: false), line breaks counting as spaces; or
#   regex:   a Go regular expression (RE2 syntax; case-sensitive unless
#            ignorecase: true); or
#   swap:    phrase: replacement pairs, matched like tokens.
# A "replacement" (or swap) makes it a substitution rule: each finding offers
# that fix ($1 or ${name} insert a regex group; an empty replacement deletes
# the match, which is only applied on request). The message may show the
# match as {match} and the replacement as {replacement} (or Vale's %s).
# "severity" defaults to warning; "scope" (paragraph, sentence, line or text)
# is what a match may not cross, paragraph by default; "doc" is the text
# ` + "`mtlint rules`" + ` shows; "unsafe: true" applies the fix only on request.
patterns:
  # An existence rule: the site's boilerplate left in a translated article.
  - id: newsletter
    message: 'Site boilerplate left in the article: "{match}"'
    severity: error
    tokens:
      - Subscribe to our newsletter
      - Sign up for our newsletter
      - Follow us on Telegram
    replacement: ""
    doc: Calls to subscribe that the source site appends to every article.

  # A substitution rule: the house style for terms.
  - id: house-style
    message: 'House style: write "{replacement}", not "{match}"'
    severity: warning
    swap:
      e-mail: email
      per cent: percent
      cyber attack: cyberattack

  # A regular expression: a number written with a decimal comma.
  - id: decimal-comma
    message: 'Decimal comma in "{match}"; English uses a point'
    severity: info
    regex: '\b(\d+),(\d{1,2}) (per ?cent|million|billion)\b'
    replacement: '$1.$2 $3'
    scope: sentence
    ignorecase: true
    unsafe: true
`
