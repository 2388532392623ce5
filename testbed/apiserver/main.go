// Command testbed runs the pieces of a Kubernetes control plane the project's test bed
// needs, built from the official Go modules: "etcd" (embedded etcd server) and the upstream
// "kube-apiserver", "kube-scheduler" and "kube-controller-manager" commands (the simulated
// cluster's control plane). The build sets k8s.io/component-base/version by ldflags.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"go.etcd.io/etcd/server/v3/embed"
	"k8s.io/component-base/cli"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"
)

func runEtcd(dataDir, clientURL, peerURL string) int {
	cfg := embed.NewConfig()
	cfg.Dir = dataDir
	cfg.ListenClientUrls, cfg.AdvertiseClientUrls = mustURLs(clientURL), mustURLs(clientURL)
	cfg.ListenPeerUrls, cfg.AdvertisePeerUrls = mustURLs(peerURL), mustURLs(peerURL)
	cfg.InitialCluster = cfg.InitialClusterFromName(cfg.Name)
	server, err := embed.StartEtcd(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "etcd:", err)
		return 1
	}
	defer server.Close()
	<-server.Server.ReadyNotify()
	fmt.Println("etcd ready")
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	select {
	case <-stop:
		return 0
	case err := <-server.Err():
		fmt.Fprintln(os.Stderr, "etcd:", err)
		return 1
	}
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: testbed etcd DATA_DIR CLIENT_URL PEER_URL | testbed kube-apiserver|kube-scheduler|kube-controller-manager [flags]")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "etcd":
		os.Exit(runEtcd(os.Args[2], os.Args[3], os.Args[4]))
	case "kube-apiserver":
		os.Args = append([]string{"kube-apiserver"}, os.Args[2:]...)
		os.Exit(cli.Run(apiserver.NewAPIServerCommand()))
	case "kube-scheduler":
		os.Args = append([]string{"kube-scheduler"}, os.Args[2:]...)
		os.Exit(cli.Run(scheduler.NewSchedulerCommand()))
	case "kube-controller-manager":
		os.Args = append([]string{"kube-controller-manager"}, os.Args[2:]...)
		os.Exit(cli.Run(controllermanager.NewControllerManagerCommand()))
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
}
