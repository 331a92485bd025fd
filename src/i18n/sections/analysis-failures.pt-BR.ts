import type { AnalysisFailureCode } from "../../analyzer/analysis-failure";

/**
 * Why an analysis failed, one text per failure code stored by the analysis job. Brazilian Portuguese is the
 * reference: the English file must have exactly these keys. `http_status` receives the page's `{status}`.
 */
export const analysisFailuresPtBR = {
  dns_failure:
    "Não encontramos esse endereço: o domínio não existe ou não está respondendo no DNS. Confira se está escrito corretamente.",
  url_not_allowed:
    "Não analisamos esse endereço: ele aponta para uma rede interna ou privada, que não pode ser acessada pela internet.",
  unreachable:
    "Não conseguimos nos conectar ao site: o servidor recusou a conexão ou está fora do ar. Tente de novo em alguns minutos.",
  timeout: "O site demorou demais para responder. Tente de novo em alguns minutos.",
  too_many_redirects:
    "O endereço redireciona vezes demais (ou em círculo), então não chegamos a nenhuma página. Confira os redirecionamentos do site.",
  http_status:
    "O site respondeu com o erro {status}, então não há página para analisar. Confira se o endereço está certo e se a página está no ar.",
  not_html:
    "Esse endereço não é uma página da web (pode ser uma imagem, um PDF ou um arquivo). Informe o endereço de uma página do site.",
  page_load_timeout:
    "A página começou a carregar, mas não terminou dentro do tempo limite, então as medições não seriam confiáveis. Verifique se algo na página fica carregando sem parar.",
  lighthouse_error:
    "O navegador que usamos para a análise encontrou um problema ao abrir a página. Tente de novo em alguns minutos.",
  interrupted:
    "A análise foi interrompida do nosso lado antes de terminar (nada a ver com o seu site). Tente de novo: costuma levar menos de um minuto.",
} satisfies Record<AnalysisFailureCode, string>;
