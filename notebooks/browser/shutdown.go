package browser

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"time"
)

// ShutdownKernels shuts down every kernel the server runs, through its REST
// API (DELETE /api/kernels/ID), then kills what a kernel left behind: gonb
// does not stop its gopls, which would otherwise stay, one per lesson,
// holding memory. The suite calls it after each lesson, so lessons do not
// pile up kernels.
func (n *Notebook) ShutdownKernels() error {
	var kernels []struct {
		ID string `json:"id"`
	}
	if err := n.api(http.MethodGet, "/api/kernels", &kernels); err != nil {
		return err
	}
	if len(kernels) == 0 {
		return nil
	}
	for _, k := range kernels {
		if err := n.api(http.MethodDelete, "/api/kernels/"+k.ID, nil); err != nil {
			return err
		}
	}
	// Every kernel's programs live under the data folder: the kernel is
	// gone, so whatever still names it is an orphan.
	time.Sleep(500 * time.Millisecond)
	killNaming(filepath.Join(n.home, "data"))
	return nil
}

// api calls the server's REST API with the token and decodes the JSON
// answer into v (if not nil).
func (n *Notebook) api(method, path string, v any) error {
	req, err := http.NewRequest(method, n.URL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+n.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if v == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
