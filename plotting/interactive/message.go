package interactive

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/gdlessons/lessons/plotting"
)

// messageFigure is what a live figure shows when drawing it failed:
// plotting's ErrorFigure with msg, so the learner sees why and can move the
// slider back.
func messageFigure(msg string) plotting.Figure { return plotting.ErrorFigure(errors.New(msg)) }

// figureOrMessage returns fig, or, if fig is nil or a typed nil (a
// *plotting.Plot variable never assigned, whose methods would dereference
// it), a message figure saying that who returned none.
func figureOrMessage(who string, fig plotting.Figure) plotting.Figure {
	if fig == nil {
		return messageFigure(who + " returned no figure (nil)")
	}
	switch v := reflect.ValueOf(fig); v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Interface, reflect.Chan:
		if v.IsNil() {
			return messageFigure(fmt.Sprintf("%s returned a nil %T", who, fig))
		}
	}
	return fig
}
