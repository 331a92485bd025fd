/** The public API's refusals of a malformed request, and its reference page. */
export const publicApiPtBR = {
  request: {
    not_json: "Envie o corpo como JSON (Content-Type: application/json).",
    too_large: "O corpo passa de 1 MB.",
    malformed: "O corpo não é um JSON válido.",
    invalid: "O campo {field} é inválido: {detail}",
  },
  reference: {
    title: "API pública do Arco",
    description:
      "Leia os dados da sua organização e abra chamados a partir dos seus sistemas. Cada requisição leva uma chave de API criada em Configurações → Chaves de API.",
    authTitle: "Autenticação",
    authBody: "Envie a chave no cabeçalho Authorization. Chaves só de leitura não podem abrir chamados.",
    limitsTitle: "Limites de requisições",
    limitsBody:
      "Por organização e por minuto, conforme o plano. Cada resposta traz RateLimit-Limit, RateLimit-Remaining e RateLimit-Reset; acima do limite a resposta é 429 com Retry-After.",
    limitsTable: "Requisições por minuto por plano",
    plan: "Plano",
    perMinute: "Requisições por minuto",
    errorsTitle: "Erros",
    errorsBody:
      'Toda recusa tem o formato { "error": { "code", "message" } }; um campo inválido vem nomeado em "field".',
    endpointsTitle: "Operações",
    scope: "Escopo",
    scopes: { read: "leitura", write: "escrita" },
    required: "obrigatório",
    parameters: "Parâmetros",
    requestBody: "Corpo da requisição",
    response: "Resposta",
    openapi: "Documento OpenAPI 3.1",
  },
};
