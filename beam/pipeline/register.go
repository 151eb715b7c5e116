package pipeline

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/mtlint/mtlint/templates"
)

// The pipeline's functions, types and coders, registered so that workers
// run them without reflection.
func init() {
	beam.RegisterType(reflect.TypeOf((*Article)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*FileStat)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*summaryAcc)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*templates.Counter)(nil)), encodeCounter, decodeCounter)

	register.DoFn3x1[context.Context, string, func(Article), error](&missingFn{})
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(Article)](&readFn{})
	register.DoFn2x0[Article, func([]byte)](&keysFn{})
	register.Combiner3[*templates.Counter, []byte, []byte](&counterFn{})
	register.DoFn4x1[[]byte, func(*[]byte) bool, func(int64, int64), func(int64, int64), error](&pickFn{})
	register.DoFn5x1[context.Context, []byte, func(*int64, *int64) bool, func(*int64, *int64) bool, func([]byte), error](&setFn{})
	register.DoFn5x1[Article, func(*[]byte) bool, func(string), func(string, FileStat), func(string), error](&checkFn{})
	register.Combiner3[summaryAcc, FileStat, summaryAcc](&summaryFn{})
	register.Function2x2[string, summaryAcc, string, error](formatSummary)
	register.Function2x0[[]byte, func([]byte)](dropImpulse)
	register.DoFn1x2[string, int, string](&shardFn{})
	register.Function1x2[int, int, bool](pairShard)
	register.DoFn4x1[context.Context, int, func(*bool) bool, func(*string) bool, error](&writeFn{})

	register.Emitter1[Article]()
	register.Emitter1[[]byte]()
	register.Emitter1[string]()
	register.Emitter2[int64, int64]()
	register.Emitter2[string, FileStat]()
	register.Iter1[[]byte]()
	register.Iter1[bool]()
	register.Iter1[string]()
	register.Iter2[int64, int64]()
}
