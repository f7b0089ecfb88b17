# A tenant's own monitoring stack: VictoriaMetrics and VictoriaLogs storage, Grafana and Alerta.
resource "cozystack_monitoring" "example" {
  name      = "monitoring"
  namespace = "tenant-acme"
}
