package lang

// Months are the names of the months and their usual abbreviations, in
// lower case and separated by white space, in the languages whose dates
// scraped pages show (English, Spanish, French, German, Italian,
// Portuguese). Residue checks, the block classifier and the template keys
// read dates with them; numbers/ has its own tables, which give each name
// its month's number.
const Months = `january february march april may june july august september october november
	december jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio
	julio agosto septiembre setiembre octubre noviembre diciembre janvier février mars avril mai
	juin juillet août septembre octobre novembre décembre januar februar märz juni juli oktober
	dezember gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro
	fevereiro março maio junho julho setembro outubro novembro dezembro`

// Weekdays are the names of the days of the week and their usual
// abbreviations, like Months.
const Weekdays = `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
	thur thurs fri sat sun lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi
	jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
	lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta`
