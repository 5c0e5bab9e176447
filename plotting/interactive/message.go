package interactive

import (
	"errors"

	"github.com/gdlessons/lessons/plotting"
)

// messageFigure is what a live figure shows when drawing it failed:
// plotting's ErrorFigure with msg, so the learner sees why and can move the
// slider back.
func messageFigure(msg string) plotting.Figure { return plotting.ErrorFigure(errors.New(msg)) }
