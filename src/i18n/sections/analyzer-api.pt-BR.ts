/**
 * The messages of the analyzer's public JSON API (`/api/analyze`), which the pages show as they come. Brazilian
 * Portuguese is the reference: the English file must have exactly these keys.
 */
export const analyzerApiPtBR = {
  messages: {
    bodyNotJson: "Envie os dados como JSON (Content-Type: application/json).",
    bodyMalformed: "Os dados enviados não são um JSON válido.",
    bodyTooLarge: "Os dados enviados são grandes demais.",
    bodyInvalid: "Os dados enviados estão incompletos ou em um formato inesperado.",
    urlEmpty: "Informe o endereço do site.",
    urlTooLong: "O endereço pode ter no máximo {max} caracteres.",
    urlScheme: "Use um endereço que comece com http:// ou https://.",
    urlCredentials: "Não inclua usuário ou senha no endereço.",
    urlHost: "Esse endereço não parece um site público. Confira o domínio, como www.exemplo.com.br.",
    urlDomainNotFound: "Não encontramos o domínio {host}. Confira se ele está escrito certo.",
    urlNotAllowed: "Esse endereço aponta para uma rede privada ou interna e não pode ser analisado.",
    emailInvalid: "Informe um e-mail válido, como nome@empresa.com.",
    captchaMissing: "Confirme que você não é um robô e envie de novo.",
    captchaRejected: "Não conseguimos confirmar que você não é um robô. Tente de novo.",
    analysesLimit: "Você atingiu o limite de análises gratuitas por dia. Tente de novo em {wait}.",
    emailsLimit: "Você atingiu o limite de e-mails informados por dia. Tente de novo em {wait}.",
    notFound: "Análise não encontrada.",
    unavailable: "O serviço de análise está indisponível agora. Tente de novo em instantes.",
    internal: "Algo deu errado do nosso lado. Tente de novo em instantes.",
  },
  wait: {
    minutes: "{count} min",
    hours: "{count} h",
  },
};
