//go:build validate

// Offline answers for the network look-ups of the CNCF submission validator.
//
// `python main.py check-submission` builds this file together with the unmodified
// scripts/validate.go of cncf/k8s-ai-conformance at the commit pinned in upstream.lock.yaml
// (same package, same build tag). validate.go makes every request through an http.Client
// without a Transport, that is through http.DefaultTransport; init replaces it, so no request
// leaves the machine:
//
//   - the CNCF landscape (membership of vendorName) is answered with a landscape whose
//     "CNCF Members" category lists exactly the vendorName of each product given on the command
//     line, so the validator's membership check does not decide anything;
//   - every other URL (metadata URLs, k8sConformanceUrl, evidence links) is answered 200.
//
// Each answer is announced on stderr as a line starting with notCheckedPrefix; the Python
// runner (constructs/ai_platform/conformance/validator.py) reports those as "not checked
// offline", never as passed.
package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

const notCheckedPrefix = "NOT-CHECKED-OFFLINE"

type offlineTransport struct{}

var offlineLog sync.Mutex

func init() {
	http.DefaultTransport = offlineTransport{}
}

func announce(format string, args ...any) {
	offlineLog.Lock()
	defer offlineLog.Unlock()
	fmt.Fprintf(os.Stderr, notCheckedPrefix+" "+format+"\n", args...)
}

// vendorNames reads vendorName (or vendor_name) from the products on the command line, with
// the validator's own loader, exactly as validateProduct reads it.
func vendorNames() []string {
	var names []string
	for _, path := range os.Args[1:] {
		product, err := loadYaml(path)
		if err != nil || product.Metadata == nil {
			continue
		}
		for _, key := range []string{"vendorName", "vendor_name"} {
			if value, ok := product.Metadata[key].(string); ok && strings.TrimSpace(value) != "" {
				names = append(names, strings.TrimSpace(value))
				break
			}
		}
	}
	return names
}

func offlineLandscape(names []string) []byte {
	items := make([]LandscapeItem, 0, len(names))
	for _, name := range names {
		items = append(items, LandscapeItem{Name: name + " (member)"})
	}
	data := LandscapeData{Landscape: []LandscapeCategory{{
		Name:          "CNCF Members",
		Subcategories: []LandscapeSubcategory{{Name: "offline", Items: items}},
	}}}
	body, err := yaml.Marshal(data)
	if err != nil {
		panic(err)
	}
	return body
}

func (offlineTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.URL.String() == landscapeURL {
		for _, name := range vendorNames() {
			announce("membership vendorName %q: CNCF landscape %s", name, landscapeURL)
		}
		body = offlineLandscape(vendorNames())
	} else {
		announce("url %s", req.URL.String())
	}
	return &http.Response{
		Status:        "200 OK (offline answer, not checked)",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": []string{"text/plain"}},
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}, nil
}
