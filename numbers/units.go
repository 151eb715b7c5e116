package numbers

import (
	"math"
	"strings"
)

// Units. A translation may convert a measure (GPT-style machine
// translation into German turns "10 miles" into "16 Kilometer"); a number
// followed by a unit keeps the measure in SI units besides its value, and
// two measures of one dimension match when they are within 15%, so that a
// rounded conversion is no defect.

// Dim is the dimension of a measure.
type Dim uint8

// The dimensions.
const (
	NoDim Dim = iota
	Length
	Mass
	Temperature
	Speed
	Area
	Volume
	Duration
)

type unit struct {
	dim Dim
	// si converts a value to the SI unit (metres, kilograms, °C, km/h,
	// hectares, litres).
	si func(v float64) float64
	// alt, when set, is a second reading ("degrees" in English may be
	// Fahrenheit).
	alt func(v float64) float64
}

func times(f float64) func(float64) float64 { return func(v float64) float64 { return v * f } }

var fahrenheit = func(v float64) float64 { return (v - 32) * 5 / 9 }

// units maps the lowercase names and symbols of units, in the languages
// with number tables, to the unit.
var units = func() map[string]unit {
	m := map[string]unit{}
	add := func(u unit, names string) {
		for _, n := range strings.Fields(names) {
			m[n] = u
		}
	}
	add(unit{dim: Length, si: times(1000)}, "km kms kilometre kilometres kilometer kilometers kilometern kilómetro kilómetros kilomètre kilomètres километр километра километров км chilometri chilometro quilômetros quilómetros")
	add(unit{dim: Length, si: times(1)}, "m metre metres meter meters metern metro metros mètre mètres метр метра метров")
	add(unit{dim: Length, si: times(0.01)}, "cm centimetre centimetres centimeter centimeters centimetern centímetro centímetros centimètre centimètres сантиметров см")
	add(unit{dim: Length, si: times(0.001)}, "mm millimetre millimetres millimeter millimeters millimetern milímetro milímetros millimètre millimètres миллиметров мм")
	add(unit{dim: Length, si: times(1609.344)}, "mile miles mi meile meilen milla millas mille milles миль мили")
	add(unit{dim: Length, si: times(0.3048)}, "ft foot feet fuß fuss pies pieds футов")
	add(unit{dim: Length, si: times(0.0254)}, "inch inches zoll pulgadas pouces дюймов")
	add(unit{dim: Length, si: times(0.9144)}, "yard yards yardas")
	add(unit{dim: Mass, si: times(1)}, "kg kilo kilos kilogram kilograms kilogramme kilogrammes kilogramm kilogrammen kilogramo kilogramos килограмм килограмма килограммов кг")
	add(unit{dim: Mass, si: times(0.001)}, "g gram grams gramme grammes gramm gramo gramos грамм граммов")
	add(unit{dim: Mass, si: times(1000)}, "t tonne tonnes ton tons tonnen tonelada toneladas тонн тонны тонна")
	add(unit{dim: Mass, si: times(0.45359)}, "lb lbs pound pounds pfund libra libras livre livres фунтов")
	add(unit{dim: Mass, si: times(0.02835)}, "oz ounce ounces unzen onzas onces унций")
	add(unit{dim: Temperature, si: times(1)}, "°c celsius")
	add(unit{dim: Temperature, si: fahrenheit}, "°f fahrenheit")
	// Degrees alone: Celsius, or (in an American text) Fahrenheit.
	add(unit{dim: Temperature, si: times(1), alt: fahrenheit}, "degrees degree grad grados degrés градусов градуса")
	add(unit{dim: Speed, si: times(1.609344)}, "mph")
	add(unit{dim: Area, si: times(1)}, "ha hectare hectares hektar hectárea hectáreas гектаров га")
	add(unit{dim: Area, si: times(0.40469)}, "acre acres")
	add(unit{dim: Volume, si: times(1)}, "l litre litres liter liters litern litro litros литров литра")
	add(unit{dim: Volume, si: times(3.78541)}, "gallon gallons gallonen galones галлонов")
	// Durations, in hours.
	add(unit{dim: Duration, si: times(1.0 / 60)}, "minute minutes min minuten minuto minutos минут минуты 分钟")
	add(unit{dim: Duration, si: times(1)}, "hour hours hrs stunde stunden hora horas heure heures час часа часов 小时 个小时")
	add(unit{dim: Duration, si: times(24)}, "day days tag tage tagen día días jour jours день дня дней 天")
	add(unit{dim: Duration, si: times(24 * 7)}, "week weeks woche wochen semana semanas semaine semaines неделя недели недель 周 星期")
	add(unit{dim: Duration, si: times(24 * 30.44)}, "month months monat monate monaten mes meses mois месяц месяца месяцев 个月")
	add(unit{dim: Duration, si: times(24 * 365.25)}, "year years jahr jahre jahren año años ans année années год года лет")
	return m
}()

// Whole reports a measure that is exactly one of a larger unit — 24 hours,
// 7 days, 12 months, 60 minutes, 100 years, 100 percent — which a
// translation often says in a word ("around the clock", "a week", "a
// year", "a century", "entirely") rather than a number.
func Whole(n Number) bool {
	if n.Kind == Percent {
		return n.Value == 100
	}
	if n.Dim != Duration || n.u == nil {
		return false
	}
	for _, h := range []float64{1, 24, 24 * 7, 24 * 365.25, 24 * 365.25 * 100} {
		if same(n.SI[0], h) && n.Value != 1 {
			return true
		}
	}
	// 12 months.
	return n.Value == 12 && same(n.SI[0], 12*24*30.44)
}

// SIUnit names the unit Number.SI is in for a dimension.
func SIUnit(d Dim) string {
	switch d {
	case Length:
		return "m"
	case Mass:
		return "kg"
	case Temperature:
		return "°C"
	case Speed:
		return "km/h"
	case Area:
		return "ha"
	case Volume:
		return "l"
	case Duration:
		return "h"
	}
	return ""
}

// unitTolerance is how far two measures of one dimension may differ and
// still match: a conversion is usually rounded.
const unitTolerance = 0.15

// measureMatch reports two numbers with units of one dimension whose
// measures are within unitTolerance.
func measureMatch(a, b Number) bool {
	if a.Dim == NoDim || a.Dim != b.Dim {
		return false
	}
	if a.u != nil && b.u != nil && same(a.u.si(1), b.u.si(1)) && (a.u.alt == nil) == (b.u.alt == nil) {
		return same(a.Value, b.Value) // the same unit: no conversion to round
	}
	for _, x := range a.SI {
		for _, y := range b.SI {
			if math.IsNaN(x) || math.IsNaN(y) {
				continue
			}
			if math.Abs(x-y) <= unitTolerance*math.Max(math.Abs(x), math.Abs(y)) {
				return true
			}
		}
	}
	return false
}
